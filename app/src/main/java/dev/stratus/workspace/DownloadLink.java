package dev.stratus.workspace;

import java.net.URL;
import java.time.Instant;

/** A presigned URL that reads one object until {@code expiresAt}. */
public record DownloadLink(URL url, Instant expiresAt) {
}
