/** Every query key of the local inbox; an address is compared without case, as mail is. */
export const localInboxKeys = {
  all: ['local-inbox'] as const,
  mailbox: (address: string) => [...localInboxKeys.all, address.toLowerCase()] as const,
};
