package dev.stratus.workspace;

import java.time.Instant;

/** The image of a project's architecture as it was published, after its content was checked. */
public record Diagram(DiagramType type, long sizeBytes, Instant uploadedAt, String uploadedBy) {
}
