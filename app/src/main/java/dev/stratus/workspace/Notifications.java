package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.activity.NotificationTable;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** A user's in-app notifications, written by the fan-out of critical activity entries. Each user sees only theirs. */
@Service
public class Notifications {

	private final NotificationTable table;

	private final Clock clock;

	Notifications(NotificationTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	/** Newest first, only the unread ones when {@code unreadOnly}, with the count of all unread. */
	public NotificationList list(String userId, boolean unreadOnly, int limit, @Nullable String nextToken) {
		return new NotificationList(table.list(userId, unreadOnly, limit, nextToken), table.unreadCount(userId));
	}

	/**
	 * Marks one read; marking a read one again changes nothing.
	 * @throws NotFound when the user has no notification of that id
	 */
	public Notification markRead(String userId, String id) {
		return table.markRead(userId, id, now()).orElseThrow(() -> new NotFound("Notification"));
	}

	/** @return how many were unread */
	public long markAllRead(String userId) {
		return table.markAllRead(userId, now());
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
