package dev.stratus.workspace.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.jobs.Sweep;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.internal.codegen.CodeGenerators;
import dev.stratus.workspace.internal.codegen.GeneratedProject;
import dev.stratus.workspace.internal.schema.Schema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * Renders a queued generation: {@code RUNNING}, the project rendered from the schema version recorded at the
 * request, the zip put at its S3 key, then {@code READY} with its files and size (or {@code FAILED} with
 * why), the activity entry written with it and the requester emailed. Idempotent: a finished generation is
 * left alone; one found {@code RUNNING} (a crash after the upload) is rendered again to the same key, and
 * rendering is deterministic. A render that throws fails for good; an S3 failure is retried by the queue and,
 * once the job gives up, the generation is marked failed (an admin's redrive queues it again). A generation
 * whose project is being deleted is not written again: every write is conditional on its item, which the
 * deletion removes first, and an archive uploaded just before is deleted again.
 */
@Component
class CodeGeneration implements JobHandler<GenerationRef>, Sweep<GenerationRef> {

	private static final Logger log = LoggerFactory.getLogger(CodeGeneration.class);

	/** The longest error kept on a generation; a render's message is for people, not a dump. */
	private static final int MAX_ERROR = 500;

	private final GenerationTable generations;

	private final ProjectTable projects;

	private final CurrentSchema schemas;

	private final CodeGenerators generators;

	private final GenerationArchives archives;

	private final GenerationNotices notices;

	private final Clock clock;

	CodeGeneration(GenerationTable generations, ProjectTable projects, CurrentSchema schemas,
			CodeGenerators generators, GenerationArchives archives, GenerationNotices notices, Clock clock) {
		this.generations = generations;
		this.projects = projects;
		this.schemas = schemas;
		this.generators = generators;
		this.archives = archives;
		this.notices = notices;
		this.clock = clock;
	}

	/** The requester's email is sent within the attempt. */
	@Override
	public Duration longestStep() {
		return notices.longestSend();
	}

	@Override
	public Outcome handle(GenerationRef ref, Attempt attempt) {
		Optional<StoredGeneration> found = generations.find(ref.projectId(), ref.generationId());
		if (found.isEmpty() || found.get().generation().status().finished() || !generations.run(ref)) {
			log.atInfo().addKeyValue("generationId", ref.generationId()).log("Generation is finished or gone");
			return Outcome.DONE;
		}
		StoredGeneration generation = found.get();
		Optional<GeneratedProject> rendered;
		try {
			rendered = render(generation);
		}
		catch (RuntimeException broken) {
			fail(generation, "The code could not be rendered: " + describe(broken), false);
			return Outcome.DONE;
		}
		if (rendered.isEmpty()) {
			return Outcome.DONE;
		}
		if (projects.created(ref.projectId()).isEmpty()) {
			log.atInfo().addKeyValue("generationId", ref.generationId()).log("Project is being deleted; stopping");
			return Outcome.DONE;
		}
		try {
			archives.upload(ref, rendered.get().archive());
		}
		catch (SdkException unavailable) {
			generations.recordFailure(ref, "Storing the archive failed: " + unavailable.getClass().getSimpleName(),
					clock.instant());
			log.atWarn()
				.addKeyValue("generationId", ref.generationId())
				.addKeyValue("receiveCount", attempt.receiveCount())
				.addKeyValue("error", unavailable.getClass().getSimpleName())
				.log("Archive upload failed; the queue retries");
			return Outcome.FAILED;
		}
		complete(generation, rendered.get());
		return Outcome.DONE;
	}

	/** The project as asked for; empty when the generation failed for good instead (its schema is gone). */
	private Optional<GeneratedProject> render(StoredGeneration stored) {
		Generation generation = stored.generation();
		Optional<Schema> schema = schemas.atVersion(generation.projectId(), generation.schemaVersion());
		if (schema.isEmpty()) {
			if (projects.created(generation.projectId()).isPresent()) {
				fail(stored, "Schema version " + generation.schemaVersion() + " no longer exists", false);
			}
			return Optional.empty();
		}
		if (!generators.offers(stored.stack())) {
			fail(stored, "Code generation is not offered for " + stored.stack(), false);
			return Optional.empty();
		}
		return Optional.of(generators.generate(stored.stack(), stored.projectName(), schema.get()));
	}

	private void complete(StoredGeneration stored, GeneratedProject project) {
		GenerationRef ref = stored.ref();
		Generation generation = stored.generation();
		Instant now = now();
		String summary = "Generated " + stored.projectName() + " from schema version " + generation.schemaVersion();
		if (generations.ready(ref, project.files(), project.sizeBytes(), now,
				notices.activity("generation_ready", generation, summary, now))) {
			log.atInfo()
				.addKeyValue("generationId", generation.id())
				.addKeyValue("projectId", generation.projectId())
				.addKeyValue("files", project.files().size())
				.addKeyValue("sizeBytes", project.sizeBytes())
				.log("Generation ready");
			notices.ready(stored);
			return;
		}
		if (generations.find(ref.projectId(), ref.generationId()).isEmpty()) {
			// Deleted with its project while the archive was going up, perhaps after the deletion's S3 pass.
			removeArchive(ref);
		}
	}

	private void removeArchive(GenerationRef ref) {
		try {
			archives.delete(ref);
		}
		catch (SdkException notRemoved) {
			log.atWarn()
				.addKeyValue("generationId", ref.generationId())
				.addKeyValue("error", notRemoved.getClass().getSimpleName())
				.log("Archive of a deleted project's generation could not be removed");
		}
	}

	private void fail(StoredGeneration stored, String error, boolean parked) {
		Generation generation = stored.generation();
		Instant now = now();
		String summary = "Code generation for " + stored.projectName() + " failed";
		if (generations.fail(stored.ref(), error, parked, now,
				notices.activity("generation_failed", generation, summary, now))) {
			log.atWarn()
				.addKeyValue("generationId", generation.id())
				.addKeyValue("projectId", generation.projectId())
				.addKeyValue("error", error)
				.log("Generation failed");
			notices.failed(stored, error);
		}
	}

	private static String describe(RuntimeException broken) {
		String message = broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage();
		return message.length() > MAX_ERROR ? message.substring(0, MAX_ERROR) + "..." : message;
	}

	@Override
	public Standing standing(GenerationRef ref) {
		Optional<StoredGeneration> found = generations.find(ref.projectId(), ref.generationId());
		if (found.isEmpty()) {
			return new Standing.Gone();
		}
		StoredGeneration stored = found.get();
		boolean settled = stored.generation().status() == Generation.Status.READY
				|| stored.generation().status() == Generation.Status.FAILED && !stored.parked();
		return settled ? new Standing.Settled()
				: new Standing.Failing(stored.failedAttempts(), stored.firstFailedAt(), stored.lastError());
	}

	/** Dead-lettered: the generation fails, so its team is not left waiting; a redrive queues it again. */
	@Override
	public void park(GenerationRef ref) {
		generations.find(ref.projectId(), ref.generationId())
			.ifPresent(stored -> fail(stored, "Gave up after repeated failures"
					+ (stored.lastError() == null ? "" : ": " + stored.lastError()), true));
	}

	@Override
	public void restart(GenerationRef ref, Instant now) {
		generations.restart(ref, now);
	}

	@Override
	public List<GenerationRef> overdue(Instant cutoff) {
		return generations.overdue(cutoff);
	}

	@Override
	public void resent(GenerationRef ref, Instant now) {
		generations.resent(ref, now);
	}

	/** Millisecond precision: the contract's timestamps carry no more. */
	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
