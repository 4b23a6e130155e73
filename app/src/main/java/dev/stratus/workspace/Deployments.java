package dev.stratus.workspace;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.DeploymentRecords;
import dev.stratus.workspace.internal.DeploymentRef;
import dev.stratus.workspace.internal.DeploymentTable;
import dev.stratus.workspace.internal.GenerationTable;
import dev.stratus.workspace.internal.deploy.DeploymentTarget;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Deployments of a project, as its team sees them: editors and owners deploy a ready generation to an environment
 * and cancel, every member reads deployments and their output. Non-members get {@link NotFound} for the project
 * and for each of its deployments alike.
 */
@Service
public class Deployments {

	private static final Logger log = LoggerFactory.getLogger(Deployments.class);

	/** How long a cancel waits for the run's end to be written, so its answer shows it. */
	private static final Duration CANCEL_WAIT = Duration.ofSeconds(15);

	private final DeploymentTable table;

	private final JobPipeline<DeploymentRef> job;

	private final DeploymentRecords records;

	private final DeploymentTarget target;

	private final GenerationTable generations;

	private final ProjectAccess access;

	private final ActivityLog activities;

	private final Clock clock;

	Deployments(DeploymentTable table, JobPipeline<DeploymentRef> job, DeploymentRecords records,
			DeploymentTarget target, GenerationTable generations, ProjectAccess access, ActivityLog activities,
			Clock clock) {
		this.table = table;
		this.job = job;
		this.records = records;
		this.target = target;
		this.generations = generations;
		this.access = access;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Queues a deployment of the project's generation to {@code environment}.
	 *
	 * @param idempotencyKey when given, a retry with the same key and request answers with the first deployment
	 * ({@code replayed}); with another request it is a {@link Conflict}
	 * @throws NotFound for a project the requester is not in, or a generation the project does not have
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws Conflict when the generation is not {@code READY}
	 */
	public StartedDeployment start(String projectId, String environment, String generationId, Person requester,
			@Nullable String idempotencyKey) {
		Project project = access.project(projectId, requester.userId(), ProjectRole.EDITOR);
		IdempotencyClaims keys = table.idempotencyClaims();
		IdempotencyClaims.Claim claim = idempotencyKey == null ? null
				: IdempotencyClaims.Claim.of("USER#" + requester.userId() + "#deployments", idempotencyKey,
						projectId + "|" + environment + "|" + generationId);
		if (claim != null) {
			Optional<IdempotencyClaims.Used> used = keys.find(claim);
			if (used.isPresent()) {
				return replay(used.get(), claim, requester.userId());
			}
		}
		Generation generation = generations.find(projectId, generationId)
			.orElseThrow(() -> new NotFound("Generation"))
			.generation();
		requireReady(generation);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		String id = GenerationTable.newId(now);
		Optional<LabelledWrites.Cancellation> refused = table.queue(
				new DeploymentTable.Request(id, projectId, environment, generationId, requester.userId(), now),
				job.outboxEntry(new DeploymentRef(projectId, id), now),
				activities.entry(ActivityLog.of("deployment_requested", projectId, requester.userId(),
						"Requested a deployment of " + project.name() + " to " + environment, now)),
				claim == null ? null : keys.claim(claim, id, now));
		if (refused.isPresent()) {
			if (claim != null) {
				Optional<IdempotencyClaims.Used> won = keys.usedAfter(refused.get(), claim);
				if (won.isPresent()) {
					return replay(won.get(), claim, requester.userId());
				}
			}
			// The role, the project or the generation changed since the checks: answer as they now would.
			access.project(projectId, requester.userId(), ProjectRole.EDITOR);
			requireReady(generations.find(projectId, generationId).orElseThrow(() -> new NotFound("Generation"))
				.generation());
			throw new Conflict("The project changed meanwhile; try again");
		}
		job.nudge();
		log.atInfo()
			.addKeyValue("deploymentId", id)
			.addKeyValue("projectId", projectId)
			.addKeyValue("environment", environment)
			.addKeyValue("userId", requester.userId())
			.log("Deployment queued");
		return new StartedDeployment(new Deployment(id, projectId, environment, generationId,
				Deployment.Status.QUEUED, null, null, now, now, requester.userId()), false);
	}

	private static void requireReady(Generation generation) {
		if (generation.status() != Generation.Status.READY) {
			throw new Conflict("Generation " + generation.id() + " is " + generation.status()
					+ "; only a READY generation can be deployed");
		}
	}

	private StartedDeployment replay(IdempotencyClaims.Used used, IdempotencyClaims.Claim claim, String userId) {
		used.replaying(claim, "deployment");
		return new StartedDeployment(find(used.resultId(), userId), true);
	}

	/** @throws NotFound for an unknown deployment, or one of a project the user is not in */
	public Deployment find(String deploymentId, String userId) {
		return stored(deploymentId, userId, ProjectRole.VIEWER);
	}

	/**
	 * The project's deployments, newest first, to {@code environment} only when given.
	 * @throws NotFound for a project the user is not in
	 */
	public Page<Deployment> list(String projectId, @Nullable String environment, String userId, int limit,
			@Nullable String nextToken) {
		access.require(projectId, userId, ProjectRole.VIEWER);
		return table.list(projectId, environment, limit, nextToken);
	}

	/**
	 * Cancels a queued, building or starting deployment ({@code CANCELLED}), or stops its live app
	 * ({@code STOPPED}); answers with the deployment once its run's end is written (or as it is after a wait).
	 * @throws NotFound
	 * @throws dev.stratus.platform.errors.Forbidden for a viewer
	 * @throws Conflict when it has finished already
	 */
	public Deployment cancel(String deploymentId, String userId) {
		Deployment deployment = stored(deploymentId, userId, ProjectRole.EDITOR);
		requireUnfinished(deployment);
		records.cancelling(deploymentId, userId);
		try {
			if (!cancelRun(deploymentId)) {
				// No run of this Stratus has it (queued, or left by a previous run): the record alone changes...
				records.settle(deployment, Deployment.Status.CANCELLED, "Cancelled on request", "Stopped on request");
				// ...unless the job handed it to the target meanwhile, which the record's condition refused.
				cancelRun(deploymentId);
			}
		}
		finally {
			records.cancelled(deploymentId);
		}
		Deployment after = table.find(deployment.projectId(), deploymentId)
			.orElseThrow(() -> new NotFound("Deployment"));
		log.atInfo()
			.addKeyValue("deploymentId", deploymentId)
			.addKeyValue("userId", userId)
			.addKeyValue("status", after.status().name())
			.log("Deployment cancel requested");
		return after;
	}

	/** Cancels the run this Stratus has of the deployment and waits for its end to be written. */
	private boolean cancelRun(String deploymentId) {
		if (records.handles(deploymentId) && target.cancel(deploymentId)) {
			records.awaitWritten(deploymentId, CANCEL_WAIT);
			return true;
		}
		return false;
	}

	private static void requireUnfinished(Deployment deployment) {
		if (deployment.status().finished()) {
			throw new Conflict("The deployment is " + deployment.status() + " already");
		}
	}

	/**
	 * Up to {@code limit} lines of the deployment's output after line {@code after}, oldest first.
	 * @throws NotFound
	 */
	public DeploymentLog logs(String deploymentId, String userId, long after, int limit) {
		Deployment deployment = stored(deploymentId, userId, ProjectRole.VIEWER);
		return table.logs(deployment.projectId(), deploymentId, after, limit);
	}

	private Deployment stored(String deploymentId, String userId, ProjectRole atLeast) {
		// A project id found through the index is only trusted once the user's access to it is checked.
		String projectId = isId(deploymentId) ? table.projectOf(deploymentId).orElse(null) : null;
		if (projectId == null) {
			throw new NotFound("Deployment");
		}
		try {
			access.require(projectId, userId, atLeast);
		}
		catch (NotFound notMember) {
			throw new NotFound("Deployment");
		}
		return table.find(projectId, deploymentId).orElseThrow(() -> new NotFound("Deployment"));
	}

	private static boolean isId(String text) {
		return text.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

}
