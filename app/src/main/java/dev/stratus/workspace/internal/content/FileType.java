package dev.stratus.workspace.internal.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The file types the workspace stores for its users (attachments, profile pictures), each recognised by its
 * content ({@link FileContent}) rather than by what the client declares. HTML, SVG, scripts and executables
 * are not among them on purpose: nothing a user uploads may run in a browser or on a machine that opens it.
 */
public enum FileType {

	PNG("image/png", "png"),
	JPEG("image/jpeg", "jpg", "jpeg"),
	WEBP("image/webp", "webp"),
	GIF("image/gif", "gif"),
	PDF("application/pdf", "pdf"),
	TEXT("text/plain", "txt", "text", "log"),
	MARKDOWN("text/markdown", "md", "markdown"),
	CSV("text/csv", "csv"),
	JSON("application/json", "json"),
	ZIP("application/zip", "zip");

	private final String contentType;

	private final List<String> extensions;

	FileType(String contentType, String... extensions) {
		this.contentType = contentType;
		this.extensions = List.of(extensions);
	}

	public String contentType() {
		return contentType;
	}

	/** The extension a stored object of this type gets when the workspace names it, as {@code png}. */
	public String extension() {
		return extensions.get(0);
	}

	/** The file-name extensions a file of this type may have, lower-case, without the dot. */
	public List<String> extensions() {
		return extensions;
	}

	boolean isText() {
		return this == TEXT || this == MARKDOWN || this == CSV || this == JSON;
	}

	/** The type whose content type is {@code contentType} exactly; empty for any other. */
	public static Optional<FileType> of(String contentType) {
		return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
	}

}
