package dev.stratus.platform.workflow;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What one run of an execution came to.
 * @param wakeAt for {@link Kind#ASLEEP}: when it is due again (now, if only its time slice ran out)
 */
record Progress(Kind kind, @Nullable Instant wakeAt) {

	static final Progress FINISHED = new Progress(Kind.FINISHED, null);

	static final Progress LOST = new Progress(Kind.LOST, null);

	static Progress asleep(Instant until) {
		return new Progress(Kind.ASLEEP, until);
	}

	enum Kind {
		/** Succeeded or failed. */
		FINISHED,
		/** Waits beyond the claim, or used up its time slice: it must be woken. */
		ASLEEP,
		/** Another delivery holds it now. */
		LOST
	}

}
