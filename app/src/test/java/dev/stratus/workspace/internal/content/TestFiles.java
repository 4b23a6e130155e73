package dev.stratus.workspace.internal.content;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Real files of the allowed types, made here, and the tricks a test tries against them. */
public final class TestFiles {

	private TestFiles() {
	}

	/** A real image of {@code format} ({@code png}, {@code jpeg}, {@code gif}), drawn and encoded by ImageIO. */
	public static byte[] image(String format) {
		BufferedImage image = new BufferedImage(16, 12, BufferedImage.TYPE_INT_RGB);
		image.setRGB(3, 4, Color.ORANGE.getRGB());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, format, out)) {
				throw new IllegalStateException("No ImageIO writer for " + format);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	public static byte[] png() {
		return image("png");
	}

	/** A WebP's RIFF frame around a few bytes of VP8L data: the header is all the checks read. */
	public static byte[] webp() {
		byte[] data = { 0x2f, 0, 0, 0, 0 };
		ByteBuffer file = ByteBuffer.allocate(20 + data.length + 1).order(ByteOrder.LITTLE_ENDIAN);
		file.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(12 + data.length + 1);
		file.put("WEBPVP8L".getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data).put((byte) 0);
		return file.array();
	}

	/** PNG's signature and header chunk, then a page of HTML instead of image data. */
	public static byte[] pngHeaderWithHtml() {
		byte[] png = png();
		return concat(Arrays.copyOf(png, 33),
				"<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.UTF_8));
	}

	/** A PNG whose header claims {@code width} × {@code height} pixels, with no pixels at all. */
	public static byte[] pngClaiming(int width, int height) {
		ByteBuffer header = ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] { 8, 2, 0, 0, 0 });
		byte[] png = png();
		return concat(Arrays.copyOf(png, 8), chunk("IHDR", header.array()), chunk("IDAT", new byte[0]),
				chunk("IEND", new byte[0]));
	}

	public static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

	private static byte[] chunk(String type, byte[] data) {
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		return ByteBuffer.allocate(12 + data.length)
			.putInt(data.length)
			.put(name)
			.put(data)
			.putInt((int) crc.getValue())
			.array();
	}

}
