package dev.stratus.workspace.internal.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.palantir.javapoet.JavaFile;

/**
 * The files of a project being rendered, in memory, by path from the project's root. Zipped with one fixed
 * time stamp, so the same schema gives the same archive.
 */
final class ProjectFiles {

	private static final FileTime EPOCH = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	ProjectFiles add(String path, String content) {
		if (files.putIfAbsent(path, content.getBytes(StandardCharsets.UTF_8)) != null) {
			throw new IllegalStateException("Two files at " + path);
		}
		return this;
	}

	/** Adds a Java source under {@code root} ({@code src/main/java}) at its package's path. */
	ProjectFiles add(String root, JavaFile source) {
		String path = root + "/" + source.packageName().replace('.', '/') + "/" + source.typeSpec().name() + ".java";
		return add(path, source.toString());
	}

	GeneratedProject toProject() {
		return new GeneratedProject(new ArrayList<>(files.keySet()), zip());
	}

	private byte[] zip() {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, byte[]> file : files.entrySet()) {
				ZipEntry entry = new ZipEntry(file.getKey());
				entry.setLastModifiedTime(EPOCH);
				zip.putNextEntry(entry);
				zip.write(file.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException impossible) {
			throw new UncheckedIOException(impossible);
		}
		return bytes.toByteArray();
	}

}
