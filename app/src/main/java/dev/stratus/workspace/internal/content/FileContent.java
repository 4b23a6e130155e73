package dev.stratus.workspace.internal.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import dev.stratus.platform.errors.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * Whether a file is what its declared {@link FileType} says, judged by its bytes: images by their signature,
 * their structure up to the end marker (nothing may follow it, so a PNG with a page of HTML after it is
 * refused) and, for PNG, JPEG and GIF, by decoding them; PDF and ZIP by their signatures; text as valid
 * UTF-8 without NULs that a browser would not take for HTML or XML. Decoding is bounded: an image that
 * claims more than {@link #MAX_PIXELS} is refused before its pixels are read.
 */
public final class FileContent {

	/** The most pixels an image may declare (about 8000 × 5000), so a small file cannot claim gigabytes. */
	static final long MAX_PIXELS = 40_000_000L;

	private static final byte[] PNG_SIGNATURE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] PDF_SIGNATURE = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] ZIP_SIGNATURE = { 'P', 'K', 3, 4 };

	/**
	 * The starts (after white space, case ignored) by which browsers sniff text as HTML (the WHATWG MIME
	 * Sniffing standard's list), or as XML, which includes SVG. Each counts when a space or {@code >} follows.
	 */
	private static final List<String> MARKUP = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
			"<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--", "<?xml",
			"<svg");

	private FileContent() {
	}

	/**
	 * @param field what the caller sent the content as, named in the problem
	 * @throws InvalidInput on {@code field} when the content is not of the declared type
	 */
	public static void check(byte[] content, FileType declared, String field) {
		problem(content, declared).ifPresent(problem -> {
			throw new InvalidInput(field, "is not " + declared.contentType() + " content: " + problem);
		});
	}

	/** Why the content is not of {@code type}; empty when it is. */
	static Optional<String> problem(byte[] content, FileType type) {
		return Optional.ofNullable(switch (type) {
			case PNG -> png(content);
			case JPEG -> jpeg(content);
			case GIF -> gif(content);
			case WEBP -> webp(content);
			case PDF -> startsWith(content, PDF_SIGNATURE) ? null : "it does not start with %PDF-";
			case ZIP -> startsWith(content, ZIP_SIGNATURE) ? null : "it does not start with a ZIP entry's signature";
			case TEXT, MARKDOWN, CSV, JSON -> text(content);
		});
	}

	private static @Nullable String png(byte[] content) {
		if (!startsWith(content, PNG_SIGNATURE) || content.length < 16
				|| !"IHDR".equals(new String(content, 12, 4, StandardCharsets.ISO_8859_1))) {
			return "it does not start with PNG's signature and header";
		}
		// Walk the chunks to IEND: anything after it is not part of the image.
		ByteBuffer bytes = ByteBuffer.wrap(content);
		int at = PNG_SIGNATURE.length;
		while (at + 12 <= content.length) {
			long length = Integer.toUnsignedLong(bytes.getInt(at));
			String chunk = new String(content, at + 4, 4, StandardCharsets.ISO_8859_1);
			long end = at + 12 + length;
			if (end > content.length) {
				return "a chunk runs past the end of the file";
			}
			if ("IEND".equals(chunk)) {
				return end == content.length ? decodes(content, "png") : "there is data after the image's end";
			}
			at = (int) end;
		}
		return "it has no end chunk";
	}

	private static @Nullable String jpeg(byte[] content) {
		int n = content.length;
		if (n < 4 || (content[0] & 0xff) != 0xff || (content[1] & 0xff) != 0xd8 || (content[2] & 0xff) != 0xff) {
			return "it does not start with JPEG's start-of-image marker";
		}
		if ((content[n - 2] & 0xff) != 0xff || (content[n - 1] & 0xff) != 0xd9) {
			return "it does not end with JPEG's end-of-image marker";
		}
		return decodes(content, "jpeg");
	}

	private static @Nullable String gif(byte[] content) {
		String start = new String(content, 0, Math.min(6, content.length), StandardCharsets.ISO_8859_1);
		if (!"GIF87a".equals(start) && !"GIF89a".equals(start)) {
			return "it does not start with GIF87a or GIF89a";
		}
		if (content[content.length - 1] != 0x3b) {
			return "it does not end with GIF's trailer";
		}
		return decodes(content, "gif");
	}

	/** RIFF's length must be the file's, so nothing hides after the image; Java cannot decode WebP. */
	private static @Nullable String webp(byte[] content) {
		if (content.length < 16 || !"RIFF".equals(new String(content, 0, 4, StandardCharsets.ISO_8859_1))
				|| !"WEBPVP8".equals(new String(content, 8, 7, StandardCharsets.ISO_8859_1))) {
			return "it does not start with RIFF....WEBPVP8";
		}
		char kind = (char) content[15];
		if (kind != ' ' && kind != 'L' && kind != 'X') {
			return "its first chunk is not VP8, VP8L or VP8X";
		}
		long riff = Integer.toUnsignedLong(ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN).getInt(4));
		return riff + 8 == content.length ? null : "its RIFF length is not the file's";
	}

	/** Reads the whole image with Java's own decoder, once its declared size is known to be sane. */
	private static @Nullable String decodes(byte[] content, String format) {
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
			Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
			if (in == null || !readers.hasNext()) {
				return "it cannot be decoded here";
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
					return "it has more than " + MAX_PIXELS + " pixels";
				}
				return reader.read(0) == null ? "it does not decode" : null;
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException broken) {
			// A decoder's complaint names offsets and internals: the client learns only that it did not decode.
			return "it does not decode as an image";
		}
	}

	private static @Nullable String text(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
		}
		catch (CharacterCodingException notUtf8) {
			return "it is not valid UTF-8";
		}
		if (text.indexOf('\0') >= 0) {
			return "it holds NUL characters";
		}
		String start = text.stripLeading().replaceFirst("^\uFEFF", "").stripLeading().toLowerCase(Locale.ROOT);
		for (String markup : MARKUP) {
			if (start.startsWith(markup) && (start.length() == markup.length()
					|| " \t\n\r\f>".indexOf(start.charAt(markup.length())) >= 0)) {
				return "it starts like an HTML or XML document, which is not stored as a file here";
			}
		}
		return null;
	}

	private static boolean startsWith(byte[] content, byte[] signature) {
		return content.length >= signature.length
				&& Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
	}

}
