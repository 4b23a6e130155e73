package dev.stratus.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.jobs.Sweep;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.internal.deploy.DeploymentArchive;
import dev.stratus.workspace.internal.deploy.DeploymentRequest;
import dev.stratus.workspace.internal.deploy.DeploymentTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * Hands a queued deployment to the target: the generation's archive read from S3, a {@link DeploymentRecorder} as
 * its sink. Idempotent: a deployment this run handed over already, or one finished, is left alone. A redelivered
 * message for a deployment found {@code BUILDING} or {@code DEPLOYING} that this run does not handle means the run
 * that started it ended (a crash, a restart) and its processes were killed at this run's start: it is marked
 * {@code FAILED} "interrupted by a restart", never started twice. An S3 failure is retried by the queue; once the
 * job gives up, the deployment fails (a redrive finds it failed and does nothing: deploy again instead).
 */
@Component
class DeploymentLauncher implements JobHandler<DeploymentRef>, Sweep<DeploymentRef> {

	private static final Logger log = LoggerFactory.getLogger(DeploymentLauncher.class);

	private final DeploymentTable table;

	private final DeploymentRecords records;

	private final DeploymentTarget target;

	private final GenerationArchives archives;

	private final Clock clock;

	DeploymentLauncher(DeploymentTable table, DeploymentRecords records, DeploymentTarget target,
			GenerationArchives archives, Clock clock) {
		this.table = table;
		this.records = records;
		this.target = target;
		this.archives = archives;
		this.clock = clock;
	}

	@Override
	public Outcome handle(DeploymentRef ref, Attempt attempt) {
		Optional<Deployment> found = table.find(ref.projectId(), ref.deploymentId());
		if (found.isEmpty() || records.handles(ref.deploymentId())) {
			return Outcome.DONE;
		}
		Deployment deployment = found.get();
		return switch (deployment.status()) {
			case QUEUED -> launch(deployment);
			case BUILDING, DEPLOYING -> {
				records.settle(deployment, Deployment.Status.FAILED, DeploymentRecords.INTERRUPTED,
						DeploymentRecords.STOPPED_BY_RESTART);
				yield Outcome.DONE;
			}
			default -> Outcome.DONE;
		};
	}

	private Outcome launch(Deployment deployment) {
		byte[] archive;
		try {
			archive = archives.read(new GenerationRef(deployment.projectId(), deployment.generationId()));
		}
		catch (NoSuchKeyException missing) {
			records.move(deployment, Deployment.Status.FAILED, clock.instant(), null,
					"The generation's archive is missing; generate the code again");
			return Outcome.DONE;
		}
		catch (SdkException unavailable) {
			log.atWarn()
				.addKeyValue("deploymentId", deployment.id())
				.addKeyValue("error", unavailable.getClass().getSimpleName())
				.log("Deployment archive could not be read; the queue retries");
			return Outcome.FAILED;
		}
		Optional<DeploymentRecorder> recorder = records.open(deployment);
		if (recorder.isEmpty()) {
			return Outcome.DONE;
		}
		try {
			target.deploy(new DeploymentRequest(deployment.id(), deployment.projectId(), deployment.environment(),
					DeploymentArchive.of(archive)), recorder.get());
		}
		catch (RuntimeException refused) {
			// Not handed over (the target is stopping, say): forget it here, so the queue's retry hands it over.
			records.forget(recorder.get());
			log.atWarn()
				.addKeyValue("deploymentId", deployment.id())
				.addKeyValue("error", refused.getClass().getSimpleName())
				.log("Deployment target did not take the deployment; the queue retries");
			return Outcome.FAILED;
		}
		log.atInfo()
			.addKeyValue("deploymentId", deployment.id())
			.addKeyValue("projectId", deployment.projectId())
			.addKeyValue("environment", deployment.environment())
			.log("Deployment handed to the target");
		return Outcome.DONE;
	}

	@Override
	public Standing standing(DeploymentRef ref) {
		Optional<Deployment> found = table.find(ref.projectId(), ref.deploymentId());
		if (found.isEmpty()) {
			return new Standing.Gone();
		}
		return found.get().status() == Deployment.Status.QUEUED ? new Standing.Failing(0, null, null)
				: new Standing.Settled();
	}

	/** Dead-lettered while queued: it fails, so its team is not left waiting. */
	@Override
	public void park(DeploymentRef ref) {
		table.find(ref.projectId(), ref.deploymentId())
			.filter(deployment -> deployment.status() == Deployment.Status.QUEUED)
			.ifPresent(deployment -> records.move(deployment, Deployment.Status.FAILED, clock.instant(), null,
					"Gave up after repeated failures to start it"));
	}

	/** A parked deployment failed; a redrive starts nothing (its team deploys again). */
	@Override
	public void restart(DeploymentRef ref, Instant now) {
	}

	@Override
	public List<DeploymentRef> overdue(Instant cutoff) {
		return table.overdue(cutoff);
	}

	@Override
	public void resent(DeploymentRef ref, Instant now) {
		table.resent(ref, now);
	}

}
