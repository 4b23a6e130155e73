package dev.stratus.workspace;

import java.time.Instant;
import java.util.List;

/**
 * A slice of a deployment's output, oldest first.
 *
 * @param nextAfter the {@code after} that reads on from here: the last line's {@code seq}, or the one asked with
 * when there were no lines
 */
public record DeploymentLog(List<Line> lines, long nextAfter) {

	public DeploymentLog {
		lines = List.copyOf(lines);
	}

	/** One output line. @param seq 1, 2, 3... per deployment */
	public record Line(long seq, Instant timestamp, String text) {
	}

}
