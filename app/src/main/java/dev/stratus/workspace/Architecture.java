package dev.stratus.workspace;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One saved version of a project's architecture diagram: boxes ({@link Node}) and the arrows between them
 * ({@link Edge}). Versions count from 1 and never change; {@code id} is the architecture's, the same for
 * all its versions, and names its image in S3 ({@code architectures/{projectId}/{id}/diagram.{ext}}).
 */
public record Architecture(String id, long version, List<Node> nodes, List<Edge> edges, Instant createdAt,
		String createdBy) {

	/** A box at {@code (x, y)} on the canvas; {@code kind} is the console's (service, database...). */
	public record Node(String id, String label, String kind, double x, double y) {
	}

	/** An arrow from the node {@code source} to the node {@code target}. */
	public record Edge(String id, String source, String target, @Nullable String label) {
	}

}
