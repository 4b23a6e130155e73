package dev.stratus.platform.jobs;

import java.time.Instant;
import java.util.List;

/**
 * The safety net for lost messages (an in-memory local cloud restarted, a queue lost): work that is still to do
 * but has not been looked at for a while is sent again. The module keeps the due times, because it
 * knows when its work is settled.
 */
public interface Sweep<M> {

	/** Work still to do that was due before {@code cutoff}; parked (dead-lettered) work excluded. */
	List<M> overdue(Instant cutoff);

	/** The message was sent again just now: the work is due again later. */
	void resent(M message, Instant now);

	/** For a job whose lost messages need no safety net. */
	static <M> Sweep<M> none() {
		return new Sweep<>() {

			@Override
			public List<M> overdue(Instant cutoff) {
				return List.of();
			}

			@Override
			public void resent(M message, Instant now) {
			}

		};
	}

}
