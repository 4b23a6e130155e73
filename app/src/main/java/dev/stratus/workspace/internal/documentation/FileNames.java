package dev.stratus.workspace.internal.documentation;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import dev.stratus.workspace.internal.content.FileType;

/**
 * The rules an attachment's file name must keep, because it becomes the last part of its S3 key and the name a
 * browser saves it under: no path separators, no {@code ..}, no control characters, at most 255 bytes in UTF-8
 * (what a file system takes), and an extension that fits the file's type, so a checked PNG is never saved as
 * {@code .exe} or {@code .html}. Names are refused, never rewritten, so the client knows what was stored.
 */
public final class FileNames {

	/** The longest name, in UTF-8 bytes. */
	public static final int MAX_BYTES = 255;

	/** Joins emoji sequences; harmless. */
	private static final int ZERO_WIDTH_JOINER = 0x200d;

	private FileNames() {
	}

	/** What is wrong with the name on its own; empty when nothing is. */
	public static Optional<String> problem(String fileName) {
		if (fileName.isBlank()) {
			return Optional.of("must not be blank");
		}
		if (!fileName.equals(fileName.strip())) {
			return Optional.of("must not start or end with white space");
		}
		if (fileName.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			return Optional.of("must be at most " + MAX_BYTES + " bytes in UTF-8");
		}
		if (fileName.indexOf('/') >= 0 || fileName.indexOf('\\') >= 0) {
			return Optional.of("must not contain a path separator");
		}
		if (fileName.contains("..")) {
			return Optional.of("must not contain '..'");
		}
		if (fileName.codePoints().anyMatch(FileNames::control)) {
			return Optional.of("must not contain control characters");
		}
		return Optional.empty();
	}

	/** What is wrong with the name for a file of {@code type}: its extension must be one of the type's. */
	public static Optional<String> problem(String fileName, FileType type) {
		Optional<String> problem = problem(fileName);
		if (problem.isPresent()) {
			return problem;
		}
		int dot = fileName.lastIndexOf('.');
		String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
		return type.extensions().contains(extension) ? Optional.empty()
				: Optional.of("must end with ." + String.join(", .", type.extensions()) + " for "
						+ type.contentType());
	}

	private static boolean control(int codePoint) {
		int type = Character.getType(codePoint);
		// Format characters include the bidirectional overrides that make "gpj.exe" read as "exe.jpg".
		return type == Character.CONTROL || (type == Character.FORMAT && codePoint != ZERO_WIDTH_JOINER);
	}

}
