package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Unpacks a project archive into an empty directory, refusing anything that would reach outside it (absolute
 * names, {@code ..}, links), special files, and archives too large once unpacked (counted as written, not as the
 * archive claims).
 */
final class ArchiveUnpacker {

	/** @param maxBytes unpacked, all entries together */
	record Limits(int maxEntries, long maxBytes) {
	}

	private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");

	private final Limits limits;

	ArchiveUnpacker(Limits limits) {
		this.limits = limits;
	}

	/**
	 * @param target an empty directory
	 * @return the project's root: {@code target} when the archive has {@code pom.xml} at its top, else the one
	 * folder at its top that has it
	 */
	Path unpack(Path zip, Path target) throws DeploymentFailure, IOException {
		Set<String> special;
		try {
			special = ZipFileTypes.specialEntries(zip);
		}
		catch (ZipException ex) {
			throw new DeploymentFailure("The archive is not a zip file we can read (" + ex.getMessage() + ")");
		}
		try (ZipFile file = new ZipFile(zip.toFile())) {
			if (file.size() > limits.maxEntries()) {
				throw new DeploymentFailure("The archive has " + file.size() + " entries; at most "
						+ limits.maxEntries() + " are accepted");
			}
			long budget = limits.maxBytes();
			for (Enumeration<? extends ZipEntry> entries = file.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (special.contains(entry.getName())) {
					throw new DeploymentFailure("The archive entry '" + entry.getName()
							+ "' is a link or special file; only files and folders are accepted");
				}
				Path out = safePath(target, entry.getName());
				if (entry.isDirectory()) {
					Files.createDirectories(out);
				}
				else {
					Files.createDirectories(out.getParent());
					try (InputStream in = file.getInputStream(entry)) {
						budget -= copy(in, out, budget);
					}
				}
			}
		}
		catch (ZipException ex) {
			throw new DeploymentFailure("The archive is not a zip file we can read (" + ex.getMessage() + ")");
		}
		catch (FileAlreadyExistsException ex) {
			throw new DeploymentFailure("The archive holds the same entry twice");
		}
		return projectRoot(target);
	}

	private static Path safePath(Path target, String name) throws DeploymentFailure {
		boolean climbs = SEPARATORS.splitAsStream(name).anyMatch(".."::equals);
		Path out = target.resolve(name).normalize();
		if (name.isEmpty() || name.startsWith("/") || name.startsWith("\\") || name.contains(":") || climbs
				|| !out.startsWith(target) || out.equals(target)) {
			throw new DeploymentFailure("The archive entry '" + name + "' points outside the project; refused");
		}
		return out;
	}

	/** @return the bytes written */
	private long copy(InputStream in, Path out, long budget) throws IOException, DeploymentFailure {
		long written = 0;
		byte[] buffer = new byte[8192];
		try (OutputStream file = Files.newOutputStream(out, StandardOpenOption.CREATE_NEW)) {
			for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
				written += read;
				if (written > budget) {
					throw new DeploymentFailure("The archive unpacks to more than " + limits.maxBytes() / (1024 * 1024)
							+ " MiB; refused");
				}
				file.write(buffer, 0, read);
			}
		}
		return written;
	}

	private static Path projectRoot(Path target) throws DeploymentFailure, IOException {
		if (Files.isRegularFile(target.resolve("pom.xml"))) {
			return target;
		}
		List<Path> top;
		try (Stream<Path> children = Files.list(target)) {
			top = children.toList();
		}
		if (top.size() == 1 && Files.isRegularFile(top.get(0).resolve("pom.xml"))) {
			return top.get(0);
		}
		throw new DeploymentFailure("The archive holds no Maven project: pom.xml must be at its top or in its one "
				+ "top folder");
	}

}
