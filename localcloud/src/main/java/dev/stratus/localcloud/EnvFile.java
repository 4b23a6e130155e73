package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code <data>/localcloud.env}: the {@code export AWS_...} lines that point the AWS CLI and any SDK at
 * this local cloud's gateway, for {@code ./stratus env} to print. There while the local cloud runs
 * (a crash leaves it behind, so {@code ./stratus env} also checks that the port answers), readable by
 * this user only like the rest of the data directory.
 */
final class EnvFile implements AutoCloseable {

	static final String NAME = "localcloud.env";

	private static final Logger log = LoggerFactory.getLogger(EnvFile.class);

	private final Path path;

	private EnvFile(Path path) {
		this.path = path;
	}

	/** Writes the file whole (a reader never sees half of it) and 0600 from the start. */
	static EnvFile write(Path dataDir, Endpoints endpoints) {
		Path path = StateDir.create(dataDir).resolve(NAME);
		String lines = endpoints.sdkEnvironment()
			.entrySet()
			.stream()
			.map(setting -> "export " + setting.getKey() + "=" + setting.getValue() + "\n")
			.collect(Collectors.joining());
		try {
			FileAttribute<?>[] ownerOnly = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
					? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
							"rw-------")) }
					: new FileAttribute<?>[0];
			Path written = Files.writeString(Files.createTempFile(dataDir, ".localcloud-", ".env", ownerOnly), lines);
			Files.move(written, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			return new EnvFile(path);
		}
		catch (IOException ex) {
			throw new LocalCloudException("Cannot write " + path, ex);
		}
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException ex) {
			log.warn("Could not remove {}: {}", path, ex.getMessage());
		}
	}

}
