package dev.stratus.workspace.web;

import java.util.Optional;
import java.util.regex.Pattern;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.ActivityFeed;
import dev.stratus.workspace.web.OverviewController.ActivityResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/activity}: a project's entries (its team only), or without {@code projectId} the caller's
 * feed (their own entries and those of the projects they are in), newest first, optionally of one type.
 */
@RestController
class ActivityController {

	/** An activity type's shape; types themselves are open, as each part of the workspace adds its own. */
	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,49}");

	private final ActivityFeed feed;

	ActivityController(ActivityFeed feed) {
		this.feed = feed;
	}

	@GetMapping("/api/activity")
	ApiResponse<Page<ActivityResponse>> list(@RequestParam(required = false) @Nullable String projectId,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		String kind = params.parsed("type", QueryParams.present(type),
				Optional.ofNullable(type).filter(given -> TYPE.matcher(given).matches()),
				"must be an activity type, as deployment_failed");
		params.check();
		return ApiResponse.of(feed
			.list(SignedIn.userId(), QueryParams.present(projectId), kind, size, QueryParams.present(nextToken))
			.map(ActivityResponse::of));
	}

}
