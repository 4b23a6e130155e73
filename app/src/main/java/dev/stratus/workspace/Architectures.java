package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ArchitectureTable;
import dev.stratus.workspace.internal.ArchitectureTable.VersionSummary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A project's architecture diagram (nodes and edges), versioned like its schema: every save is a new
 * version, never sharing its number with a concurrent save. Members read it, editors and owners save it.
 * Its image is {@link ArchitectureDiagrams}'.
 */
@Service
public class Architectures {

	private static final Logger log = LoggerFactory.getLogger(Architectures.class);

	private final ArchitectureTable table;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	Architectures(ArchitectureTable table, ProjectAccess access, ActivityLog activities, Clock clock) {
		this.table = table;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Saves {@code draft} as the next version.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws dev.stratus.platform.errors.InvalidInput naming every rule the draft breaks
	 * @throws Conflict when other saves kept taking the next number
	 */
	public Architecture save(String projectId, String userId, ArchitectureDraft draft) {
		access.require(projectId, userId, ProjectRole.EDITOR);
		draft.check();
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		ArchitectureTable.Saved saved = table
			.save(projectId, userId, draft, now,
					activities.entry(ActivityLog.of("architecture_saved", projectId, userId, "Saved an architecture of "
							+ draft.nodes().size() + " nodes and " + draft.edges().size() + " edges", now)))
			.orElseThrow(() -> {
				access.require(projectId, userId, ProjectRole.EDITOR);
				return new Conflict("The project changed meanwhile; try again");
			});
		log.atInfo()
			.addKeyValue("projectId", projectId)
			.addKeyValue("userId", userId)
			.addKeyValue("version", saved.version())
			.log("Architecture saved");
		return new Architecture(saved.id(), saved.version(), draft.nodes(), draft.edges(), now, userId);
	}

	/**
	 * The newest version.
	 * @throws NotFound for a project the user is not in, or one whose architecture was never saved
	 */
	public Architecture current(String projectId, String userId) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.newest(projectId).orElseThrow(() -> new NotFound("Architecture"));
	}

	/** @throws NotFound for a project the user is not in, or a version it does not have */
	public Architecture version(String projectId, String userId, long version) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.version(projectId, version).orElseThrow(() -> new NotFound("Architecture version"));
	}

	/**
	 * The versions, newest first, without their nodes and edges.
	 * @throws NotFound for a project the user is not in
	 */
	public Page<VersionSummary> versions(String projectId, String userId, int limit, @Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.list(projectId, limit, nextToken);
	}

}
