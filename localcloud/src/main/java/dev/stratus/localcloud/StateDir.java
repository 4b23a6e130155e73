package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A service's folder under the data directory, readable by this user only (0700): it holds the
 * tables, queues, objects and mail of everyone using the app.
 */
final class StateDir {

	private StateDir() {
	}

	static Path create(Path dir) {
		try {
			Files.createDirectories(dir);
			if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
				Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
			}
			return dir;
		}
		catch (IOException ex) {
			throw new LocalCloudException("Cannot create the data directory " + dir, ex);
		}
	}

}
