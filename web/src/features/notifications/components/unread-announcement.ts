/**
 * What the bell's live region says when the unread count changes: only growth is news (marking
 * read is the user's own doing), and the first count after loading is not announced.
 */
export function unreadAnnouncement(previous: number | undefined, current: number | undefined): string | undefined {
  if (previous === undefined || current === undefined || current <= previous) return undefined;
  const added = current - previous;
  return `${added} new ${added === 1 ? 'notification' : 'notifications'}, ${current} unread`;
}
