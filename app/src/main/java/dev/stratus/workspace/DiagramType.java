package dev.stratus.workspace;

import java.util.Arrays;
import java.util.Optional;

/** The image types an architecture diagram can have, by their content types. */
public enum DiagramType {

	PNG("image/png", "png"), SVG("image/svg+xml", "svg");

	private final String contentType;

	private final String extension;

	DiagramType(String contentType, String extension) {
		this.contentType = contentType;
		this.extension = extension;
	}

	public String contentType() {
		return contentType;
	}

	/** The file name's extension in its S3 key, {@code diagram.svg}. */
	public String extension() {
		return extension;
	}

	/** The type whose content type is {@code contentType} exactly; empty for any other. */
	public static Optional<DiagramType> of(String contentType) {
		return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
	}

}
