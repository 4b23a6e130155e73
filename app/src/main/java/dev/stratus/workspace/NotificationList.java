package dev.stratus.workspace;

import dev.stratus.platform.Page;

/** A page of a user's notifications, newest first, and how many of all of theirs are unread. */
public record NotificationList(Page<Notification> page, long unreadCount) {
}
