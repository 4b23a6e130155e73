package dev.stratus.workspace.internal.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Archives for the tests: the fixture projects zipped as the code generator would, and hostile ones. */
final class Zips {

	private Zips() {
	}

	/** The fixture project under {@code deploy-fixture/<name>}, with some files replaced or added. */
	static byte[] fixture(String name, Map<String, String> replaced) {
		try {
			Path root = Path.of(Zips.class.getResource("/deploy-fixture/" + name).toURI());
			Map<String, byte[]> entries = new LinkedHashMap<>();
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
					entries.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
				}
			}
			replaced.forEach((path, text) -> entries.put(path, text.getBytes(StandardCharsets.UTF_8)));
			return of(entries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] of(Map<String, byte[]> entries) {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	static byte[] ofText(Map<String, String> entries) {
		Map<String, byte[]> bytes = new LinkedHashMap<>();
		entries.forEach((name, text) -> bytes.put(name, text.getBytes(StandardCharsets.UTF_8)));
		return of(bytes);
	}

	/**
	 * Marks the entry as a Unix symbolic link in the central directory, as {@code zip --symlinks} writes it;
	 * {@code java.util.zip} cannot write one itself.
	 */
	static byte[] markedAsSymlink(byte[] zip, String entry) {
		byte[] copy = zip.clone();
		ByteBuffer buffer = ByteBuffer.wrap(copy).order(ByteOrder.LITTLE_ENDIAN);
		byte[] name = entry.getBytes(StandardCharsets.UTF_8);
		for (int at = 0; at + 46 + name.length <= copy.length; at++) {
			if (buffer.getInt(at) == 0x02014b50 && buffer.getShort(at + 28) == name.length
					&& new String(copy, at + 46, name.length, StandardCharsets.UTF_8).equals(entry)) {
				buffer.putShort(at + 4, (short) ((3 << 8) | 20));
				buffer.putInt(at + 38, 0120777 << 16);
				return copy;
			}
		}
		throw new IllegalArgumentException("No entry " + entry);
	}

}
