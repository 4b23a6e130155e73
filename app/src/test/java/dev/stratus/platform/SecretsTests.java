package dev.stratus.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** Local secrets on disk: readable by their owner only, from the data directory down. */
class SecretsTests {

	@TempDir
	Path temp;

	@Test
	void keepsASecretInAFileOnlyItsOwnerCanReadInDirectoriesOnlyItsOwnerCanEnter() throws Exception {
		Path data = temp.resolve("data");

		byte[] secret = secrets(data).get("page-token");

		Path file = data.resolve("secrets").resolve("page-token");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
			.isEqualTo("rwx------");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data))).isEqualTo("rwx------");
		assertThat(secret).hasSize(32);
		assertThat(secrets(data).get("page-token")).as("read back after a restart").isEqualTo(secret);
		assertThat(Files.list(file.getParent())).as("no temporary file left behind").containsExactly(file);
	}

	@Test
	void neverReplacesAFileThatIsAlreadyThere() throws Exception {
		Path file = temp.resolve("private").resolve("note");

		assertThat(Secrets.writeOwnerOnly(file, "first")).isTrue();
		assertThat(Secrets.writeOwnerOnly(file, "second")).isFalse();

		assertThat(Files.readString(file)).isEqualTo("first");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
	}

	private static Secrets secrets(Path data) {
		return new Secrets(new StratusProperties(StratusProperties.Mode.LOCAL, data, "", false, null, List.of(), null,
				null, StratusProperties.Runtime.SERVER), name -> null, null);
	}

}
