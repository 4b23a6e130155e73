package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;

/**
 * One action in an instance's life, and how long its in-between phase lasts: {@code pending} after
 * a start, {@code stopping} after a stop, status checks {@code initializing} after a reboot. States are
 * computed from these timestamps, so nothing has to run in the background to move an instance on.
 */
record Transition(Kind kind, Instant at, Duration settles) {

	enum Kind {

		START, STOP, REBOOT

	}

	Instant settled() {
		return at.plus(settles);
	}

	/**
	 * A transition taking a plausible, reproducible time: 5–10 s for a start or stop, 10–20 s of
	 * initializing status checks for a reboot, drawn from the instance and the second it began.
	 */
	static Transition of(Kind kind, String instanceId, Instant at) {
		long draw = Math.floorMod(Noise.hash(instanceId, at.getEpochSecond()), 1_000L);
		Duration settles = kind == Kind.REBOOT ? Duration.ofMillis(10_000 + draw * 10)
				: Duration.ofMillis(5_000 + draw * 5);
		return new Transition(kind, at, settles);
	}

}
