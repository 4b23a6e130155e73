package dev.stratus.workspace.web;

import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Notification;
import dev.stratus.workspace.NotificationList;
import dev.stratus.workspace.Notifications;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The caller's in-app notifications: newest first with the unread count, marked read one by one or all at once. */
@RestController
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/api/notifications")
	ApiResponse<NotificationPage> list(@RequestParam(required = false) @Nullable String unread,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		Boolean unreadOnly = params.parsed("unread", unread, flag(unread), "must be true or false");
		params.check();
		return ApiResponse.of(NotificationPage.of(notifications.list(SignedIn.userId(),
				Boolean.TRUE.equals(unreadOnly), size, QueryParams.present(nextToken))));
	}

	@PostMapping("/api/notifications/{id}/read")
	ApiResponse<NotificationResponse> read(@PathVariable String id) {
		return ApiResponse.of(NotificationResponse.of(notifications.markRead(SignedIn.userId(), id)));
	}

	@PostMapping("/api/notifications/read-all")
	ApiResponse<AllRead> readAll() {
		return ApiResponse.of(new AllRead(notifications.markAllRead(SignedIn.userId()), 0));
	}

	private static Optional<Boolean> flag(@Nullable String text) {
		return "true".equals(text) ? Optional.of(true) : "false".equals(text) ? Optional.of(false) : Optional.empty();
	}

	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NotificationResponse(String id, String type, String title, String body, @Nullable String projectId,
			String createdAt, @Nullable String readAt) {

		static NotificationResponse of(Notification notification) {
			return new NotificationResponse(notification.id(), notification.type(), notification.title(),
					notification.body(), notification.projectId(), Timestamps.format(notification.createdAt()),
					notification.readAt() == null ? null : Timestamps.format(notification.readAt()));
		}

	}

	/** A page of notifications, as {@code Page} shapes it, with the count of all the caller's unread ones. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	record NotificationPage(List<NotificationResponse> items, int count, @Nullable String nextToken,
			long unreadCount) {

		static NotificationPage of(NotificationList list) {
			List<NotificationResponse> items = list.page().items().stream().map(NotificationResponse::of).toList();
			return new NotificationPage(items, items.size(), list.page().nextToken(), list.unreadCount());
		}

	}

	/** @param marked how many were unread and are now read */
	record AllRead(long marked, long unreadCount) {
	}

}
