package dev.stratus.workspace.internal;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.Deployment.Status;
import dev.stratus.workspace.internal.deploy.DeploymentTarget;
import dev.stratus.workspace.internal.deploy.LeftoverDeploymentStopped;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import static dev.stratus.workspace.Deployment.Status.BUILDING;
import static dev.stratus.workspace.Deployment.Status.CANCELLED;
import static dev.stratus.workspace.Deployment.Status.DEPLOYING;
import static dev.stratus.workspace.Deployment.Status.FAILED;
import static dev.stratus.workspace.Deployment.Status.QUEUED;
import static dev.stratus.workspace.Deployment.Status.STOPPED;
import static dev.stratus.workspace.Deployment.Status.SUCCEEDED;

/**
 * The deployments this run of Stratus has handed to its target, each with its {@link DeploymentRecorder}, and the
 * record of those it has not: every status change goes through {@link #move}, conditional on the status it
 * leaves, with the activity entries {@code deployment_success} and {@code deployment_failed}.
 * <p>
 * Restarts: before the target and the jobs start (this lifecycle's phase is one below theirs), every deployment the
 * table still holds unfinished but {@code QUEUED} was a previous run's, whose processes the target kills at its
 * start; so {@link #reconcile} marks those building or starting {@code FAILED} ("interrupted by a restart") and
 * those live {@code STOPPED}. The target's {@link LeftoverDeploymentStopped} events name the same deployments and
 * find them settled; queued ones are the job's, and run. This assumes one Stratus instance runs the local
 * deployments of a table, as the target's process registry in the data directory does. On stop, the target stops
 * its apps and builds first and reports them; the recorders' writes are then given a deadline to finish.
 */
@Component
public class DeploymentRecords implements SmartLifecycle, ProjectTeardown {

	private static final Logger log = LoggerFactory.getLogger(DeploymentRecords.class);

	static final String INTERRUPTED = "Interrupted by a restart of Stratus";

	static final String STOPPED_BY_RESTART = "Stopped when Stratus restarted";

	private static final Duration STOP_DEADLINE = Duration.ofSeconds(10);

	private static final Map<Status, Set<Status>> FROM = Map.of(BUILDING, EnumSet.of(QUEUED), DEPLOYING,
			EnumSet.of(BUILDING), SUCCEEDED, EnumSet.of(DEPLOYING), FAILED, EnumSet.of(QUEUED, BUILDING, DEPLOYING),
			CANCELLED, EnumSet.of(QUEUED, BUILDING, DEPLOYING), STOPPED, EnumSet.of(SUCCEEDED));

	private final DeploymentTable table;

	private final DeploymentTarget target;

	private final ActivityLog activities;

	private final Clock clock;

	private final Map<String, DeploymentRecorder> recorders = new ConcurrentHashMap<>();

	/** Who asked for each cancel under way: its end's activity entry names them, not who requested the deployment. */
	private final Map<String, String> cancellers = new ConcurrentHashMap<>();

	private volatile ExecutorService writers;

	private volatile boolean running;

	private volatile boolean givingUp;

	DeploymentRecords(DeploymentTable table, DeploymentTarget target, ActivityLog activities, Clock clock) {
		this.table = table;
		this.target = target;
		this.activities = activities;
		this.clock = clock;
		this.writers = newWriters();
	}

	private static ExecutorService newWriters() {
		AtomicInteger threads = new AtomicInteger();
		return Executors.newCachedThreadPool(task -> {
			Thread thread = new Thread(task, "deploy-records-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	DeploymentTable table() {
		return table;
	}

	/** A recorder for a deployment about to be handed to the target; empty when this run has it already. */
	Optional<DeploymentRecorder> open(Deployment deployment) {
		DeploymentRecorder recorder = new DeploymentRecorder(deployment, this, writers);
		return recorders.putIfAbsent(deployment.id(), recorder) == null ? Optional.of(recorder) : Optional.empty();
	}

	/** Whether this run handed the deployment to its target and has not heard its end yet. */
	public boolean handles(String deploymentId) {
		return recorders.containsKey(deploymentId);
	}

	/** {@code userId} is cancelling the deployment, until {@link #cancelled}: its end is recorded as theirs. */
	public void cancelling(String deploymentId, String userId) {
		cancellers.put(deploymentId, userId);
	}

	/** The cancel is over, its end written or waited for long enough. */
	public void cancelled(String deploymentId) {
		cancellers.remove(deploymentId);
	}

	void forget(DeploymentRecorder recorder) {
		recorders.remove(recorder.deployment().id(), recorder);
	}

	/**
	 * Waits until what the target reported of the deployment so far is written (a cancel's end, say).
	 * @return false when it was not within {@code timeout}
	 */
	public boolean awaitWritten(String deploymentId, Duration timeout) {
		DeploymentRecorder recorder = recorders.get(deploymentId);
		try {
			return recorder == null || recorder.awaitWritten(timeout);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Cancels the deployment's run off the writer's thread: a cancel waits for the build or app to stop. */
	void cancelRun(DeploymentRecorder recorder) {
		writers.execute(() -> target.cancel(recorder.deployment().id()));
	}

	/**
	 * Moves the deployment to {@code to} from the statuses that may precede it.
	 * @return false when it was not in one of them, or is gone
	 */
	boolean move(Deployment deployment, Status to, Instant at, @Nullable URI url, @Nullable String reason) {
		Set<Status> from = FROM.get(to);
		if (from == null) {
			throw new IllegalArgumentException("No deployment moves to " + to);
		}
		Instant stamp = at.truncatedTo(ChronoUnit.MILLIS);
		return table.transition(new DeploymentRef(deployment.projectId(), deployment.id()), from, to, stamp, url,
				reason, activity(deployment, to, url, reason, stamp));
	}

	private @Nullable ActivityEntry activity(Deployment deployment, Status to, @Nullable URI url,
			@Nullable String reason, Instant at) {
		return switch (to) {
			case SUCCEEDED -> activities.entry(ActivityLog.of("deployment_success", deployment.projectId(),
					deployment.requestedBy(), "Deployed to " + deployment.environment() + " at " + url, at));
			case FAILED -> activities.entry(ActivityLog.of("deployment_failed", deployment.projectId(),
					deployment.requestedBy(), "Deployment to " + deployment.environment() + " failed: " + reason, at));
			// A cancel or stop is a change someone asked for (or a restart made), recorded as theirs when asked.
			case CANCELLED -> activities.entry(ActivityLog.of("deployment_cancelled", deployment.projectId(),
					endedBy(deployment), "Deployment to " + deployment.environment() + " cancelled: " + reason, at));
			case STOPPED -> activities.entry(ActivityLog.of("deployment_stopped", deployment.projectId(),
					endedBy(deployment), "Deployment to " + deployment.environment() + " stopped: " + reason, at));
			default -> null;
		};
	}

	/** Who cancelled or stopped it: whoever is cancelling it now, else (a restart, a project deleted) its requester. */
	private String endedBy(Deployment deployment) {
		return cancellers.getOrDefault(deployment.id(), deployment.requestedBy());
	}

	/**
	 * Settles a deployment that no run of this Stratus handles: one building or starting ends as {@code to}
	 * ({@code FAILED} or {@code CANCELLED}) with {@code reason}, a live one {@code STOPPED} with
	 * {@code stoppedReason}, a queued one is left to the job unless {@code to} is {@code CANCELLED}.
	 */
	public void settle(Deployment deployment, Status to, String reason, String stoppedReason) {
		Instant now = clock.instant();
		if (deployment.status() == SUCCEEDED) {
			move(deployment, STOPPED, now, null, stoppedReason);
		}
		else if (deployment.status() != QUEUED || to == CANCELLED) {
			move(deployment, to, now, null, reason);
		}
	}

	/** Marks what a previous run left unfinished; see the class comment. */
	void reconcile() {
		List<Deployment> unsettled = table.unsettled();
		for (Deployment deployment : unsettled) {
			if (!handles(deployment.id()) && deployment.status() != QUEUED) {
				log.atInfo()
					.addKeyValue("deploymentId", deployment.id())
					.addKeyValue("status", deployment.status().name())
					.log("Deployment a previous run of Stratus left is settled");
				settle(deployment, FAILED, INTERRUPTED, STOPPED_BY_RESTART);
			}
		}
	}

	@EventListener
	void on(LeftoverDeploymentStopped leftover) {
		if (handles(leftover.deploymentId())) {
			return;
		}
		try {
			table.find(leftover.projectId(), leftover.deploymentId())
				.ifPresent(deployment -> settle(deployment, FAILED, INTERRUPTED, STOPPED_BY_RESTART));
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("deploymentId", leftover.deploymentId())
				.addKeyValue("error", ex.getClass().getSimpleName())
				.log("Leftover deployment could not be marked; the next start settles it");
		}
	}

	/** The project is being deleted: its builds stop and its apps go down before its items do. */
	@Override
	public void tearDown(String projectId) {
		recorders.values()
			.stream()
			.filter(recorder -> recorder.deployment().projectId().equals(projectId))
			.forEach(recorder -> target.cancel(recorder.deployment().id()));
	}

	/** Whether writes that fail should stop being tried: Stratus is stopping and the deadline has passed. */
	boolean givingUp() {
		return givingUp;
	}

	@Override
	public void start() {
		// A stop shuts the writers down; a paused test context starts its beans again.
		if (writers.isShutdown()) {
			writers = newWriters();
		}
		givingUp = false;
		try {
			reconcile();
		}
		catch (RuntimeException ex) {
			log.atError()
				.addKeyValue("error", ex.getClass().getSimpleName())
				.log("Deployments a previous run left could not be settled");
		}
		running = true;
	}

	/** After the target stopped (its phase is higher): what it reported last is written, within a deadline. */
	@Override
	public void stop() {
		running = false;
		long deadline = System.nanoTime() + STOP_DEADLINE.toNanos();
		for (DeploymentRecorder recorder : List.copyOf(recorders.values())) {
			awaitWritten(recorder.deployment().id(), Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
		}
		givingUp = true;
		writers.shutdown();
		try {
			writers.awaitTermination(1, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** One below the target's and the jobs' default phase: starts before them, stops after them. */
	@Override
	public int getPhase() {
		return DEFAULT_PHASE - 1;
	}

}
