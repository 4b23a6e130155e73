package dev.stratus.workspace.internal.activity;

import java.time.Duration;
import java.util.List;

import dev.stratus.platform.cloud.QueueSpec;
import dev.stratus.platform.jobs.Job;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.jobs.JobPipelines;
import dev.stratus.platform.jobs.JobSettings;
import dev.stratus.platform.jobs.JobSpec;
import dev.stratus.platform.jobs.Subject;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fan-out of activity entries, a platform job: each entry's transaction writes its outbox entry, the queue
 * {@code activity-fanout} carries {@code {"activityId": "<partition>|<sortKey>"}} and {@link ActivityFanout}
 * counts the entry, copies it into the feeds and notifies. Settings ({@code stratus.workspace.fanout.*}): a
 * visibility timeout of 30 s, back-off {@code 1s,5s}, a relay that looks every 250 ms (nobody nudges it: the
 * entries are written all over the workspace, and the bell should ring within a second anyway), and no sweep.
 */
@Configuration(proxyBeanMethods = false)
public class ActivityFanoutJob {

	public static final JobSpec<ActivityRef> FANOUT = JobSpec.of("activity-fanout",
			new Subject<>("activity", ActivityRef::text, ActivityRef::parse), WorkspaceResources.TABLE);

	@Bean
	JobSettings activityFanoutSettings(
			@Value("${stratus.workspace.fanout.visibility-timeout-seconds:30}") int visibilityTimeoutSeconds,
			@Value("${stratus.workspace.fanout.workers:2}") int workers,
			@Value("${stratus.workspace.fanout.relay-interval:250ms}") Duration relayInterval,
			@Value("${stratus.workspace.fanout.retry-delays:1s,5s}") List<Duration> retryDelays,
			@Value("${stratus.workspace.fanout.sweep-interval:30s}") Duration sweepInterval,
			@Value("${stratus.workspace.fanout.sweep-after:60s}") Duration sweepAfter) {
		return new JobSettings(visibilityTimeoutSeconds, 1, workers, relayInterval, retryDelays, sweepInterval,
				sweepAfter);
	}

	@Bean
	QueueSpec activityFanoutQueue(JobSettings activityFanoutSettings) {
		return activityFanoutSettings.queue(FANOUT.name());
	}

	@Bean
	JobPipeline<ActivityRef> activityFanoutPipeline(JobPipelines pipelines, JobSettings activityFanoutSettings,
			ActivityFanout fanout) {
		return pipelines.create(Job.withoutSweep(FANOUT, activityFanoutSettings, fanout));
	}

}
