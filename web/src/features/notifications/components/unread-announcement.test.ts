import { describe, expect, it } from 'vitest';

import { unreadAnnouncement } from './unread-announcement';

describe('unreadAnnouncement', () => {
  it('announces only a growing count', () => {
    expect(unreadAnnouncement(2, 3)).toBe('1 new notification, 3 unread');
    expect(unreadAnnouncement(0, 4)).toBe('4 new notifications, 4 unread');
    expect(unreadAnnouncement(3, 0)).toBeUndefined();
    expect(unreadAnnouncement(3, 3)).toBeUndefined();
  });

  it('says nothing about the first count after loading', () => {
    expect(unreadAnnouncement(undefined, 5)).toBeUndefined();
  });
});
