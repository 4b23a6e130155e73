/** Every query key of the identity module; broader keys are prefixes of narrower ones. */
export const identityKeys = {
  all: ['identity'] as const,
  me: () => [...identityKeys.all, 'me'] as const,
  users: {
    all: () => [...identityKeys.all, 'users'] as const,
    page: (nextToken: string | undefined) => [...identityKeys.users.all(), nextToken ?? null] as const,
  },
  apiKeys: {
    all: () => [...identityKeys.all, 'api-keys'] as const,
    page: (nextToken: string | undefined) => [...identityKeys.apiKeys.all(), nextToken ?? null] as const,
  },
};
