package dev.stratus.workspace;

import java.net.URL;
import java.time.Instant;

/**
 * Where a client PUTs a file (sending exactly {@code contentType}) before it confirms it by {@code uploadId};
 * nothing is attached until then.
 */
public record AttachmentUpload(String uploadId, URL uploadUrl, String fileName, String contentType,
		Instant expiresAt) {
}
