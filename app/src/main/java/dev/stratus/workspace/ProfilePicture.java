package dev.stratus.workspace;

import java.time.Instant;

/** A user's profile picture as stored, after its content was checked to be {@code contentType}. */
public record ProfilePicture(String contentType, long sizeBytes, Instant uploadedAt) {
}
