package dev.stratus.workspace.internal;

import java.util.Arrays;

import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.DiagramType;

/**
 * An uploaded diagram's content checked against its declared type, by what it is rather than what it
 * says: a PNG starts with PNG's 8-byte signature; an SVG is well-formed XML whose root is {@code svg}, and
 * is stored only {@linkplain SvgSanitiser sanitised}.
 */
public final class DiagramContent {

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private DiagramContent() {
	}

	/**
	 * The content to store: the PNG as it is, the SVG sanitised.
	 * @param field what the caller sent the content as, named in the problem
	 * @throws InvalidInput when the content is not of the declared type
	 */
	public static byte[] checked(byte[] content, DiagramType declared, String field) {
		if (declared == DiagramType.PNG) {
			if (content.length < PNG_SIGNATURE.length
					|| !Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length)) {
				throw new InvalidInput(field, "is not a PNG image (its first bytes are not PNG's signature)");
			}
			return content;
		}
		return SvgSanitiser.sanitise(content)
			.orElseThrow(() -> new InvalidInput(field,
					"is not an SVG image (well-formed XML without a DOCTYPE, whose root element is svg)"));
	}

}
