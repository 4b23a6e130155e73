package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.SchemaTable;
import dev.stratus.workspace.internal.schema.Schema;
import dev.stratus.workspace.internal.schema.SchemaRules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A project's data schema, versioned: every save is a new version ({@code n + 1}, never shared by two
 * concurrent saves), checked by {@link SchemaRules} for the project's stack first. Members read it,
 * editors and owners save it; outside the team a project's schema is {@link NotFound}, like the project.
 */
@Service
public class ProjectSchemas {

	private static final Logger log = LoggerFactory.getLogger(ProjectSchemas.class);

	private final SchemaTable table;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	ProjectSchemas(SchemaTable table, ProjectAccess access, ActivityLog activities, Clock clock) {
		this.table = table;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Saves {@code schema} as the project's next version.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws dev.stratus.platform.errors.InvalidInput naming every rule the schema breaks
	 * @throws Conflict when other saves kept taking the next number
	 */
	public SchemaVersion save(String projectId, String userId, Schema schema) {
		Project project = access.project(projectId, userId, ProjectRole.EDITOR);
		SchemaRules.check(schema, project.stack().wire());
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		// The entry names the version only once it is known, so its summary says what was saved, not which.
		long version = table
			.save(projectId, userId, schema, now,
					activities.entry(ActivityLog.of("schema_saved", projectId, userId,
							"Saved a schema of " + schema.entities().size() + " entities", now)))
			.orElseThrow(() -> {
				// The role or the project changed since the check: answer as the check now would.
				access.require(projectId, userId, ProjectRole.EDITOR);
				return new Conflict("The project changed meanwhile; try again");
			});
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("userId", userId)
			.addKeyValue("version", version)
			.log("Schema saved");
		return new SchemaVersion(version, schema, now, userId);
	}

	/**
	 * The newest version.
	 * @throws NotFound for a project the user is not in, or one without a saved schema
	 */
	public SchemaVersion current(String projectId, String userId) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.newest(projectId).orElseThrow(() -> new NotFound("Schema"));
	}

	/**
	 * The newest version, for work that runs on the project's behalf (code generation) and has checked
	 * access itself; empty before the first save.
	 */
	public Optional<SchemaVersion> current(String projectId) {
		return table.newest(projectId);
	}

	/**
	 * One version.
	 * @throws NotFound for a project the user is not in, or a version it does not have
	 */
	public SchemaVersion version(String projectId, String userId, long version) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.version(projectId, version).orElseThrow(() -> new NotFound("Schema version"));
	}

	/**
	 * The versions, newest first.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<SchemaVersionSummary> versions(String projectId, String userId, int limit,
			@Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.list(projectId, limit, nextToken);
	}

}
