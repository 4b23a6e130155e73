package dev.stratus.workspace;

import dev.stratus.platform.Page;
import dev.stratus.workspace.internal.activity.Feeds;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The Activity API's lists, newest first, each one Query: a project's entries for its team, or a user's feed,
 * the entries that concern them (their own, and those of the projects they are in while they are in them),
 * copied there by the fan-out within moments of the change.
 */
@Service
public class ActivityFeed {

	private final ProjectAccess access;

	private final Feeds feeds;

	ActivityFeed(ProjectAccess access, Feeds feeds) {
		this.access = access;
		this.feeds = feeds;
	}

	/**
	 * @param projectId the project whose entries to list; null for the user's feed
	 * @param type only entries of this type; null for all
	 * @throws dev.stratus.platform.errors.NotFound for a project the user is not in
	 */
	public Page<Activity> list(String userId, @Nullable String projectId, @Nullable String type, int limit,
			@Nullable String nextToken) {
		if (projectId == null) {
			return feeds.user(userId, type, limit, nextToken);
		}
		access.require(projectId, userId, ProjectRole.VIEWER);
		return feeds.project(projectId, type, limit, nextToken);
	}

}
