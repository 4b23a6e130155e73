/** Every query key of the assistant feature. */
export const assistantKeys = {
  all: ['assistant'] as const,
  messages: (projectId: string) => [...assistantKeys.all, 'messages', projectId] as const,
};
