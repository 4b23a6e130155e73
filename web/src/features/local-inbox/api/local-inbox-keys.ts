/** Every query key of the local inbox; an address is compared without case, as mail is. */
export const localInboxKeys = {
  all: ['local-inbox'] as const,
  mailbox: (address: string, nextToken: string | undefined) =>
    [...localInboxKeys.all, address.toLowerCase(), nextToken ?? null] as const,
};
