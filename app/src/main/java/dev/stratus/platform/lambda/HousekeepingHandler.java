package dev.stratus.platform.lambda;

import java.util.ArrayList;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.jobs.JobPipeline.Housekeeping;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server's background loops do between deliveries, as a function EventBridge runs every minute: for each
 * job one {@link JobPipeline#housekeep} pass (the outbox relayed, overdue work re-sent, dead-lettered messages
 * recorded and alerted). Requests relay their own outbox entries before they answer, so this pass is the safety
 * net, not the path: it catches what a failed send left behind. Every part is idempotent, so an overlapping or
 * retried pass does no harm. One job's failure does not stop the others; the invocation then fails, so that the
 * function's error metric shows it.
 */
public class HousekeepingHandler implements RequestHandler<ScheduledEvent, String> {

	private static final Logger log = LoggerFactory.getLogger(HousekeepingHandler.class);

	private static final LambdaApplication APP = LambdaApplication.get();

	@Override
	public String handleRequest(ScheduledEvent event, Context context) {
		return pass().toString();
	}

	/** @throws IllegalStateException naming the jobs whose pass failed, after the others' */
	List<Housekeeping> pass() {
		List<Housekeeping> done = new ArrayList<>();
		List<String> failed = new ArrayList<>();
		for (JobPipeline<?> job : APP.jobs()) {
			try {
				Housekeeping pass = job.housekeep();
				done.add(pass);
				log.atInfo()
					.addKeyValue("job", pass.job())
					.addKeyValue("relayed", pass.relayed())
					.addKeyValue("resent", pass.resent())
					.addKeyValue("deadLettered", pass.deadLettered())
					.log("Housekeeping pass");
			}
			catch (RuntimeException ex) {
				failed.add(job.job().name());
				log.atWarn()
					.addKeyValue("job", job.job().name())
					.log("Housekeeping pass failed: {}: {}", ex.getClass().getSimpleName(), ex.getMessage());
			}
		}
		if (!failed.isEmpty()) {
			throw new IllegalStateException("Housekeeping failed for " + failed + "; the next pass tries again");
		}
		return done;
	}

}
