package dev.stratus.platform.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.stratus.platform.jobs.JobPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wakes a sleeping execution on time by sending its message when it is due. Kept in memory only:
 * the execution's due time is in its item, so a wake-up lost with a restart is made up by the sweep,
 * later by at most the sweep's delay.
 */
@Component
class Wakeups implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(Wakeups.class);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "workflow-wakeups");
		thread.setDaemon(true);
		return thread;
	});

	private final ObjectProvider<JobPipeline<ExecutionRef>> pipeline;

	private final Clock clock;

	Wakeups(ObjectProvider<JobPipeline<ExecutionRef>> pipeline, Clock clock) {
		this.pipeline = pipeline;
		this.clock = clock;
	}

	void at(Instant due, ExecutionRef execution) {
		long delay = Math.max(0, Duration.between(clock.instant(), due).toMillis());
		timer.schedule(() -> send(execution), delay, TimeUnit.MILLISECONDS);
	}

	private void send(ExecutionRef execution) {
		try {
			if (pipeline.getObject().send(List.of(execution)).isEmpty()) {
				log.atWarn().addKeyValue("executionId", execution.id()).log("Wake-up refused; the sweep will send it");
			}
		}
		catch (RuntimeException ex) {
			log.atWarn()
				.addKeyValue("executionId", execution.id())
				.log("Wake-up not sent; the sweep will send it: {}", ex.getMessage());
		}
	}

	@Override
	public void destroy() {
		timer.shutdownNow();
	}

}
