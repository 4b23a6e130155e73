package dev.stratus.platform.jobs;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A job's module-specific part: what a message does, and how its work item takes part in dead
 * lettering and redrive. Each call may come more than once for the same message (SQS delivers at
 * least once, the sweep re-sends), so each must be idempotent, deciding from the work item.
 */
public interface JobHandler<M> {

	/** Does the work the message names. A thrown exception counts as {@link Outcome#FAILED}. */
	Outcome handle(M message, Attempt attempt);

	/** Where the work item of a message that used up its receives stands. */
	Standing standing(M message);

	/** Takes the dead-lettered work item out of the sweep: it waits for an admin. */
	void park(M message);

	/** Before a redrive: the work item starts its attempts afresh and is due again at {@code now}. */
	void restart(M message, Instant now);

	/**
	 * The longest one {@link #handle} may take beyond the visibility timeout (a mail send with all
	 * its timeouts), so that a claim outlasts it; see {@link JobSettings#claim}.
	 */
	default Duration longestStep() {
		return Duration.ZERO;
	}

	/** What became of a message: {@link #DONE}, {@link #FAILED} or {@link #busyUntil}. */
	sealed interface Outcome {

		/** Done with: delete it. */
		Outcome DONE = new Done();

		/** Failed: retry after the delay for its receive count. */
		Outcome FAILED = new Failed();

		/**
		 * Another delivery holds the work item until {@code claimEndsAt}: look again then, not sooner
		 * (it would use up its receives while the holder still works) and not much later.
		 */
		static Outcome busyUntil(Instant claimEndsAt) {
			return new Busy(claimEndsAt);
		}

		record Done() implements Outcome {
		}

		record Failed() implements Outcome {
		}

		record Busy(Instant claimEndsAt) implements Outcome {
		}

	}

	/**
	 * This delivery of a message.
	 * @param receiveCount how often SQS has handed it out, this time included
	 * @param retryDelay how long it stays hidden if this attempt fails
	 * @param claim how long this attempt may hold the work item
	 */
	record Attempt(int receiveCount, Duration retryDelay, Duration claim) {
	}

	/** Where a dead-lettered message's work item stands. */
	sealed interface Standing {

		/** Done or withdrawn meanwhile: the message was a stray duplicate, nothing failed. */
		record Settled() implements Standing {
		}

		/** No such work item. */
		record Gone() implements Standing {
		}

		/** Still to do, with what its failed attempts recorded (nothing, if none did). */
		record Failing(long attempts, @Nullable Instant firstFailedAt, @Nullable String lastError) implements Standing {
		}

	}

}
