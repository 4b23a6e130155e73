package dev.stratus.inventory;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.jobs.Redrive;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What admins do with orders the pipeline gave up on: look, send them through again, or drop them. */
@Service
public class DeadLetters {

	private static final String SCOPE = "dead-letters";

	private final JobPipeline<OrderId> orderJob;

	private final PageTokens pageTokens;

	DeadLetters(JobPipeline<OrderId> orderJob, PageTokens pageTokens) {
		this.orderJob = orderJob;
		this.pageTokens = pageTokens;
	}

	public Page<DeadLetter> list(int limit, @Nullable String nextToken) {
		var start = nextToken == null ? null : pageTokens.read(nextToken, SCOPE);
		var page = orderJob.deadLetters(start, limit);
		return new Page<>(page.items().stream().map(DeadLetters::ofOrder).toList(),
				page.lastKey() == null ? null : pageTokens.issue(page.lastKey(), SCOPE));
	}

	/**
	 * Sends the order through the pipeline again, with its attempts counted afresh.
	 * @throws NotFound; {@link Conflict} for a message that named no order
	 */
	public void redrive(String id) {
		redrive(orderJob.deadLetter(id).orElseThrow(() -> new NotFound("Dead letter")));
	}

	/** @return how many dead letters went back into the pipeline */
	public int redriveAll() {
		int redriven = 0;
		var page = orderJob.deadLetters(null, 100);
		while (true) {
			for (var letter : page.items()) {
				if (OrderId.parse(letter.subjectId()).isPresent()) {
					redrive(letter);
					redriven++;
				}
			}
			if (page.lastKey() == null) {
				break;
			}
			page = orderJob.deadLetters(page.lastKey(), 100);
		}
		return redriven;
	}

	/** Drops the dead letter; the order stays as it is. @throws NotFound */
	public void discard(String id) {
		if (!orderJob.discard(id)) {
			throw new NotFound("Dead letter");
		}
	}

	private void redrive(dev.stratus.platform.jobs.DeadLetter letter) {
		Redrive outcome = orderJob.redrive(letter);
		if (outcome == Redrive.NAMES_NOTHING) {
			throw new Conflict("This dead letter names no order; discard it instead");
		}
		if (outcome == Redrive.REFUSED) {
			throw new Unavailable("The order queue refused the message; try again");
		}
	}

	private static DeadLetter ofOrder(dev.stratus.platform.jobs.DeadLetter letter) {
		return new DeadLetter(letter.id(), letter.subjectId(), letter.error(), letter.receiveCount(),
				letter.firstFailedAt());
	}

}
