package dev.stratus.platform.workflow;

import java.time.Duration;

/** Waits the interpreter holds a worker for (short Waits and retry intervals); tests pass one that moves a clock. */
@FunctionalInterface
interface Sleeper {

	Sleeper REAL = duration -> {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while an execution waited", ex);
		}
	};

	void sleep(Duration duration);

}
