package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.GenerationArchives;
import dev.stratus.workspace.internal.GenerationRef;
import dev.stratus.workspace.internal.GenerationTable;
import dev.stratus.workspace.internal.StoredGeneration;
import dev.stratus.workspace.internal.codegen.CodeGenerators;
import dev.stratus.workspace.internal.schema.SchemaRules;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Code generations of a project, as its team sees them: editors and owners queue one from the current
 * schema, every member reads them and downloads a ready one's archive. Non-members get {@link NotFound}
 * for the project and for each of its generations alike.
 */
@Service
public class Generations {

	private static final Logger log = LoggerFactory.getLogger(Generations.class);

	private final GenerationTable table;

	private final JobPipeline<GenerationRef> job;

	private final GenerationArchives archives;

	private final ProjectAccess access;

	private final ProjectSchemas schemas;

	private final CodeGenerators generators;

	private final ActivityLog activities;

	private final Clock clock;

	Generations(GenerationTable table, JobPipeline<GenerationRef> job, GenerationArchives archives,
			ProjectAccess access, ProjectSchemas schemas, CodeGenerators generators, ActivityLog activities,
			Clock clock) {
		this.table = table;
		this.job = job;
		this.archives = archives;
		this.access = access;
		this.schemas = schemas;
		this.generators = generators;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Queues a generation of the project's current schema for its stack.
	 *
	 * @param idempotencyKey when given, a retry with the same key for the same project answers with the
	 * first generation ({@code replayed}); for another project it is a {@link Conflict}
	 * @throws NotFound for a project the requester is not in
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws Conflict when the project's stack is not offered, it has no schema yet, or its schema does not
	 * fit its stack
	 */
	public StartedGeneration start(String projectId, Person requester, @Nullable String idempotencyKey) {
		Project project = access.project(projectId, requester.userId(), ProjectRole.EDITOR);
		IdempotencyClaims keys = table.idempotencyClaims();
		IdempotencyClaims.Claim claim = idempotencyKey == null ? null
				: new IdempotencyClaims.Claim("USER#" + requester.userId(), idempotencyKey, projectId);
		if (claim != null) {
			Optional<IdempotencyClaims.Used> used = keys.find(claim);
			if (used.isPresent()) {
				return replay(used.get(), claim, requester.userId());
			}
		}
		String stack = project.stack().wire();
		if (!generators.offers(stack)) {
			throw new Conflict("Code generation is not offered for " + stack + " projects yet; it is for "
					+ String.join(", ", new TreeSet<>(generators.offered())));
		}
		SchemaVersion schema = schemas.current(projectId)
			.orElseThrow(() -> new Conflict("The project has no schema yet; save one before generating code"));
		List<FieldProblem> problems = SchemaRules.problems(schema.schema(), stack);
		if (!problems.isEmpty()) {
			throw new Conflict("Schema version " + schema.version() + " does not fit the " + stack + " stack: "
					+ problems.get(0).field() + " " + problems.get(0).message());
		}
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = GenerationTable.newId(now);
		Optional<LabelledWrites.Cancellation> refused = table.queue(
				new GenerationTable.Request(id, projectId, schema.version(), stack, project.name(), requester, now),
				job.outboxEntry(new GenerationRef(projectId, id), now),
				activities.entry(ActivityLog.of("generation_requested", projectId, requester.userId(),
						"Requested code for " + project.name() + " from schema version " + schema.version(), now)),
				claim == null ? null : keys.claim(claim, id, now));
		if (refused.isPresent()) {
			if (claim != null) {
				Optional<IdempotencyClaims.Used> won = keys.usedAfter(refused.get(), claim);
				if (won.isPresent()) {
					return replay(won.get(), claim, requester.userId());
				}
			}
			// The role or the project changed since the check: answer as the check now would.
			access.project(projectId, requester.userId(), ProjectRole.EDITOR);
			throw new Conflict("The project changed meanwhile; try again");
		}
		job.nudge();
		log.atInfo()
			.addKeyValue("generationId", id)
			.addKeyValue("projectId", projectId)
			.addKeyValue("userId", requester.userId())
			.addKeyValue("schemaVersion", schema.version())
			.log("Code generation queued");
		return new StartedGeneration(new Generation(id, projectId, Generation.Status.QUEUED, schema.version(),
				List.of(), null, null, now, null, requester.userId()), false);
	}

	/** The first request with this key queued a generation: answer with it as it is now. */
	private StartedGeneration replay(IdempotencyClaims.Used used, IdempotencyClaims.Claim claim, String userId) {
		used.replaying(claim, "project's generation");
		log.atInfo()
			.addKeyValue("generationId", used.resultId())
			.log("Idempotent retry answered with the first generation");
		return new StartedGeneration(find(used.resultId(), userId), true);
	}

	/**
	 * @throws NotFound for an unknown generation, or one of a project the user is not in
	 */
	public Generation find(String generationId, String userId) {
		return stored(generationId, userId).generation();
	}

	/**
	 * The project's generations, newest first.
	 * @throws NotFound for a project the user is not in
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<Generation> list(String projectId, String userId, int limit, @Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.list(projectId, limit, nextToken);
	}

	/**
	 * A short-lived URL that downloads the ready generation's archive as {@code <project-slug>.zip}.
	 * @throws NotFound
	 * @throws Conflict until the generation is ready
	 */
	public DownloadLink downloadLink(String generationId, String userId) {
		StoredGeneration stored = stored(generationId, userId);
		Generation generation = stored.generation();
		if (generation.status() != Generation.Status.READY) {
			throw new Conflict("The generation is " + generation.status() + "; its archive can be downloaded once it"
					+ " is READY");
		}
		return archives.downloadLink(generation.projectId(), generation.id(), stored.projectName());
	}

	private StoredGeneration stored(String generationId, String userId) {
		// A project id found through the index is only trusted once the user's access to it is checked.
		String projectId = isId(generationId) ? table.projectOf(generationId).orElse(null) : null;
		if (projectId == null) {
			throw new NotFound("Generation");
		}
		try {
			access.require(projectId, userId, ProjectRole.VIEWER);
		}
		catch (NotFound notMember) {
			throw new NotFound("Generation");
		}
		return table.find(projectId, generationId).orElseThrow(() -> new NotFound("Generation"));
	}

	/** Generation ids are lower-case UUIDs; anything else names none, and is not worth a read. */
	private static boolean isId(String text) {
		return text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

}
