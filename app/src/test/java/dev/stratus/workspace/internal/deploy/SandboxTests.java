package dev.stratus.workspace.internal.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxTests {

	@Test
	void passesOnlyWhatAJvmAndMavenNeedToChildren() {
		assertThat(Sandbox.environment().keySet()).isSubsetOf("PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR",
				"JAVA_HOME");
		assertThat(Sandbox.environment()).containsEntry("JAVA_HOME", System.getProperty("java.home"));
	}

	@Test
	void deletesATreeWithoutFollowingItsLinks(@TempDir Path temp) throws Exception {
		Path outside = Files.writeString(temp.resolve("outside.txt"), "keep");
		Path tree = Files.createDirectories(temp.resolve("sandbox/a/b"));
		Files.writeString(tree.resolve("file.txt"), "x");
		Files.createSymbolicLink(tree.resolve("link"), outside);
		Files.createSymbolicLink(temp.resolve("sandbox/dir-link"), temp);

		Sandbox.delete(temp.resolve("sandbox"));

		assertThat(temp.resolve("sandbox")).doesNotExist();
		assertThat(outside).hasContent("keep");
	}

}
