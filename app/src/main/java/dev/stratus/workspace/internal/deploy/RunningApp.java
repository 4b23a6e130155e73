package dev.stratus.workspace.internal.deploy;

import java.net.URI;
import java.time.Instant;

/** A deployment's live app: where it answers and which process it is. */
public record RunningApp(String deploymentId, String projectId, String environment, URI url, long pid,
		Instant startedAt) {
}
