package dev.stratus.workspace.internal.codegen;

import java.util.List;

/**
 * A rendered project: its files' paths (as the generation's {@code files} lists them) and the zip holding
 * them, which is what goes to S3.
 */
public record GeneratedProject(List<String> files, byte[] archive) {

	public GeneratedProject {
		files = List.copyOf(files);
	}

	/** The size of the archive, as the generation's {@code sizeBytes} reports it. */
	public long sizeBytes() {
		return archive.length;
	}

}
