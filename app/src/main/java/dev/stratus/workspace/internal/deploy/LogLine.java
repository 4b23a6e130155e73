package dev.stratus.workspace.internal.deploy;

import java.time.Instant;

/**
 * One line of a deployment's build or app output, already cut to length and with secrets masked.
 *
 * @param seq 1, 2, 3... per deployment, without gaps
 */
public record LogLine(String deploymentId, long seq, Instant timestamp, String text) {
}
