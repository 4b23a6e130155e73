package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectDeletions;
import dev.stratus.workspace.internal.ProjectTable;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Creating, reading, listing, changing and deleting projects, each as one of their team sees them.
 * Every change writes its activity entry in the same transaction. Deleting is immediate for every
 * read and finished by the {@code project-deletions} job, which removes what the project owned.
 */
@Service
public class Projects {

	private static final Logger log = LoggerFactory.getLogger(Projects.class);

	private final ProjectTable table;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final ProjectDeletions deletions;

	private final Clock clock;

	Projects(ProjectTable table, ProjectAccess access, ActivityLog activities, ProjectDeletions deletions,
			Clock clock) {
		this.table = table;
		this.access = access;
		this.activities = activities;
		this.deletions = deletions;
		this.clock = clock;
	}

	/** A new project, its creator its first owner. */
	public Project create(ProjectDraft draft, Person creator) {
		Instant now = now();
		Project project = new Project(UUID.randomUUID().toString(), draft.name(), draft.description(), draft.stack(),
				draft.visibility(), ProjectRole.OWNER, now, now, creator.userId());
		table.create(project, creator, activities.entry(ActivityLog.of("project_created", project.id(),
				creator.userId(), "Created project " + project.name(), now)));
		log.atInfo()
			.addKeyValue("projectId", project.id())
			.addKeyValue("userId", creator.userId())
			.log("Project created");
		return project;
	}

	/**
	 * The user's projects, newest first.
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<Project> list(String userId, int limit, @Nullable String nextToken) {
		return table.list(userId, limit, nextToken);
	}

	/** @throws NotFound for a project the user is not in */
	public Project find(String projectId, String userId) {
		return access.project(projectId, userId, ProjectRole.VIEWER);
	}

	/**
	 * Applies the changes: owners and editors may.
	 * @throws NotFound
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 */
	public Project update(String projectId, String userId, ProjectChanges changes) {
		Project before = access.project(projectId, userId, ProjectRole.EDITOR);
		Instant now = now();
		String name = changes.name() == null ? before.name() : changes.name();
		if (!table.update(projectId, userId, changes, now, activities
			.entry(ActivityLog.of("project_updated", projectId, userId, "Updated project " + name, now)))) {
			// The role or the project changed since the check: answer as the check now would.
			access.project(projectId, userId, ProjectRole.EDITOR);
			throw new Conflict("The project changed meanwhile; try again");
		}
		log.atInfo().addKeyValue("projectId", projectId).addKeyValue("userId", userId).log("Project updated");
		return access.project(projectId, userId, ProjectRole.VIEWER);
	}

	/**
	 * Deletes the project: gone for every read at once, its data removed by the deletion job. Only
	 * owners may.
	 * @throws NotFound
	 * @throws dev.stratus.platform.errors.Forbidden for an editor or viewer
	 */
	public void delete(String projectId, String userId) {
		Project project = access.project(projectId, userId, ProjectRole.OWNER);
		Instant now = now();
		// The entry outlives the project, so whoever it concerns can still read that it went.
		if (!table.markDeleting(projectId, userId, now, deletions.outboxEntry(projectId, now),
				activities.outlivingProject(ActivityLog.of("project_deleted", projectId, userId,
						"Deleted project " + project.name(), now), activities.team(projectId)))) {
			access.project(projectId, userId, ProjectRole.OWNER);
			throw new Conflict("The project changed meanwhile; try again");
		}
		deletions.nudge();
		log.atInfo().addKeyValue("projectId", projectId).addKeyValue("userId", userId).log("Project deletion started");
	}

	/** Millisecond precision: the contract's timestamps carry no more. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
