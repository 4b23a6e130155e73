package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * A service's folder under the data directory, readable by this user only (0700): it holds the
 * tables, queues, objects and mail of everyone using the app.
 */
final class StateDir {

	private StateDir() {
	}

	/** Creates the folder, and the data directory above it when missing, both 0700. */
	static Path create(Path dir) {
		try {
			if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				return Files.createDirectories(dir);
			}
			Set<PosixFilePermission> ownerOnly = PosixFilePermissions.fromString("rwx------");
			Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(ownerOnly));
			Files.setPosixFilePermissions(dir, ownerOnly);
			return dir;
		}
		catch (IOException ex) {
			throw new LocalCloudException("Cannot create the data directory " + dir, ex);
		}
	}

}
