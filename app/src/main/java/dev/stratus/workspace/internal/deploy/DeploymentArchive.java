package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A zipped project, in memory or in a file the caller keeps until the deployment has started building. */
public sealed interface DeploymentArchive {

	static DeploymentArchive of(byte[] zip) {
		return new Bytes(zip.clone());
	}

	static DeploymentArchive of(Path zip) {
		return new File(zip);
	}

	/** Copies the archive to {@code target}, so that the caller's copy may go. */
	void copyTo(Path target) throws IOException;

	/** In bytes, zipped. */
	long size() throws IOException;

	record Bytes(byte[] zip) implements DeploymentArchive {

		@Override
		public void copyTo(Path target) throws IOException {
			Files.write(target, zip);
		}

		@Override
		public long size() {
			return zip.length;
		}

	}

	record File(Path zip) implements DeploymentArchive {

		@Override
		public void copyTo(Path target) throws IOException {
			Files.copy(zip, target, StandardCopyOption.REPLACE_EXISTING);
		}

		@Override
		public long size() throws IOException {
			return Files.size(zip);
		}

	}

}
