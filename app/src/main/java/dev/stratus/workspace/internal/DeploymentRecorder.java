package dev.stratus.workspace.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;

import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.internal.deploy.DeploymentSink;
import dev.stratus.workspace.internal.deploy.LogLine;
import dev.stratus.workspace.internal.deploy.PhaseChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * One deployment's sink: the target calls it under the deployment's lock, so it only queues what it hears, and
 * writes it on an executor's thread, in the order heard: lines in batches, each phase once the lines before it are
 * written. A write DynamoDB refuses for a while is tried again with growing pauses, so nothing is lost while the
 * table is slow or down; only when Stratus stops and the table stays down past the deadline is the rest given up
 * (the start-up reconciliation then settles the deployment's status). When a status change is refused because the
 * deployment was finished another way (cancelled while queued) or is gone (its project deleted), the run is
 * cancelled and nothing more is written for it.
 */
final class DeploymentRecorder implements DeploymentSink {

	private static final Logger log = LoggerFactory.getLogger(DeploymentRecorder.class);

	private static final Duration FIRST_PAUSE = Duration.ofMillis(100);

	private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

	private final Deployment deployment;

	private final DeploymentRef ref;

	private final DeploymentRecords records;

	private final Executor executor;

	private final Queue<Object> pending = new ConcurrentLinkedQueue<>();

	private boolean draining;

	/** The last line's number; the end's reason goes after it. */
	private long lastSeq;

	/** Finished another way or gone: what the run still reports is dropped. */
	private volatile boolean defunct;

	DeploymentRecorder(Deployment deployment, DeploymentRecords records, Executor executor) {
		this.deployment = deployment;
		this.ref = new DeploymentRef(deployment.projectId(), deployment.id());
		this.records = records;
		this.executor = executor;
	}

	Deployment deployment() {
		return deployment;
	}

	@Override
	public void phase(PhaseChange change) {
		pending.add(change);
		schedule();
	}

	@Override
	public void line(LogLine line) {
		pending.add(line);
		schedule();
	}

	private synchronized void schedule() {
		if (!draining) {
			draining = true;
			executor.execute(this::drain);
		}
	}

	private void drain() {
		List<LogLine> lines = new ArrayList<>();
		try {
			for (Object next = pending.poll(); next != null; next = pending.poll()) {
				if (next instanceof LogLine line) {
					lines.add(line);
					lastSeq = Math.max(lastSeq, line.seq());
					if (lines.size() == DeploymentTable.LINES_PER_WRITE) {
						writeLines(lines);
					}
				}
				else {
					writeLines(lines);
					writePhase((PhaseChange) next);
				}
			}
			writeLines(lines);
		}
		finally {
			synchronized (this) {
				draining = false;
				notifyAll();
				if (!pending.isEmpty()) {
					schedule();
				}
			}
		}
	}

	private void writeLines(List<LogLine> lines) {
		if (!lines.isEmpty() && !defunct && !persist(() -> records.table().append(ref, lines))) {
			refused();
		}
		lines.clear();
	}

	/** The end's reason is written as the log's last line too, so the log alone explains a failure. */
	private void writePhase(PhaseChange change) {
		Deployment.Status status = Deployment.Status.valueOf(change.phase().name());
		if (status.finished() && change.reason() != null) {
			writeLines(new ArrayList<>(List.of(new LogLine(change.deploymentId(), ++lastSeq, change.at(),
					status + ": " + change.reason()))));
		}
		if (!defunct && !persist(() -> records.move(deployment, status, change.at(), change.url(), change.reason()))) {
			refused();
		}
		if (status.finished()) {
			records.forget(this);
		}
	}

	/** The deployment moved on without its run, or went with its project: the run stops. */
	private void refused() {
		if (records.table().find(ref.projectId(), ref.deploymentId()).map(found -> found.status().finished())
			.orElse(true)) {
			defunct = true;
			log.atInfo()
				.addKeyValue("deploymentId", ref.deploymentId())
				.log("Deployment was finished another way or deleted; its run is cancelled");
			records.cancelRun(this);
		}
	}

	/** Runs {@code write} until DynamoDB answers it; gives up only when Stratus stops and the deadline passed. */
	private boolean persist(BooleanSupplier write) {
		Duration pause = FIRST_PAUSE;
		while (true) {
			try {
				return write.getAsBoolean();
			}
			catch (SdkException unavailable) {
				if (records.givingUp()) {
					log.atError()
						.addKeyValue("deploymentId", ref.deploymentId())
						.addKeyValue("error", unavailable.getClass().getSimpleName())
						.log("Deployment record not written before Stratus stopped; the next start settles it");
					defunct = true;
					return true;
				}
				log.atWarn()
					.addKeyValue("deploymentId", ref.deploymentId())
					.addKeyValue("error", unavailable.getClass().getSimpleName())
					.log("Deployment record write failed; trying again");
				try {
					Thread.sleep(pause.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					defunct = true;
					return true;
				}
				pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
			}
		}
	}

	/** Waits until everything heard so far is written. @return false when {@code timeout} passed first */
	synchronized boolean awaitWritten(Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (draining || !pending.isEmpty()) {
			long left = deadline - System.nanoTime();
			if (left <= 0) {
				return false;
			}
			wait(Math.max(1, left / 1_000_000));
		}
		return true;
	}

}
