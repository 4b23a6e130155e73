package dev.stratus.workspace.internal;

import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.DiagramType;
import dev.stratus.workspace.internal.content.FileContent;
import dev.stratus.workspace.internal.content.FileType;

/**
 * An uploaded diagram's content checked against its declared type, by what it is rather than what it
 * says: a PNG as every uploaded PNG is ({@link FileContent}: a whole image that decodes, nothing after its end,
 * so a PNG header in front of a page of HTML is refused); an SVG is well-formed XML whose root is {@code svg},
 * and is stored only {@linkplain SvgSanitiser sanitised}.
 */
public final class DiagramContent {

	private DiagramContent() {
	}

	/**
	 * The content to store: the PNG as it is, the SVG sanitised.
	 * @param field what the caller sent the content as, named in the problem
	 * @throws InvalidInput when the content is not of the declared type
	 */
	public static byte[] checked(byte[] content, DiagramType declared, String field) {
		if (declared == DiagramType.PNG) {
			FileContent.check(content, FileType.PNG, field);
			return content;
		}
		return SvgSanitiser.sanitise(content)
			.orElseThrow(() -> new InvalidInput(field,
					"is not an SVG image (well-formed XML without a DOCTYPE, whose root element is svg)"));
	}

}
