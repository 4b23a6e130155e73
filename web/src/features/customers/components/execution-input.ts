/** The customer id a registration was started with, when its input names one. */
export function customerIdOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as Record<string, unknown>).id;
  return typeof id === 'string' ? id : undefined;
}
