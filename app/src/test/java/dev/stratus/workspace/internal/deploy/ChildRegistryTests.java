package dev.stratus.workspace.internal.deploy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ChildRegistryTests {

	@TempDir
	Path data;

	@Test
	void handsTheNextRunWhatThisOneLeftOnce() {
		Path file = data.resolve("deployments/children.tsv");
		ChildRegistry registry = new ChildRegistry(file);
		var app = new ChildRegistry.Child("d1", "p1", "dev", DeploymentPhase.SUCCEEDED, 41, Instant.ofEpochSecond(7));
		var build = new ChildRegistry.Child("d2", "p1", "prod", DeploymentPhase.BUILDING, 42, Instant.ofEpochSecond(8));
		registry.add(app);
		registry.add(build);
		registry.remove(42);

		ChildRegistry next = new ChildRegistry(file);

		assertThat(next.takeLeftovers()).containsExactly(app);
		assertThat(next.takeLeftovers()).isEmpty();
	}

	@Test
	void skipsLinesItCannotRead() throws Exception {
		Path file = Files.createDirectories(data.resolve("deployments")).resolve("children.tsv");
		Files.writeString(file, "garbage\nd1\tp1\tdev\tSUCCEEDED\tnot-a-pid\t2026-01-01T00:00:00Z\n"
				+ "d2\tp1\tdev\tSUCCEEDED\t7\t2026-01-01T00:00:00Z\n");

		assertThat(new ChildRegistry(file).takeLeftovers()).extracting(ChildRegistry.Child::deploymentId)
			.containsExactly("d2");
	}

	@Test
	void recognisesARunningProcessOnlyWithItsOwnStartInstant() {
		ProcessHandle self = ProcessHandle.current();
		Instant started = self.info().startInstant().orElseThrow();

		var same = new ChildRegistry.Child("d1", "p", "dev", DeploymentPhase.SUCCEEDED, self.pid(), started);
		var reused = new ChildRegistry.Child("d1", "p", "dev", DeploymentPhase.SUCCEEDED, self.pid(),
				started.minusSeconds(3600));

		assertThat(same.stillRunning()).contains(self);
		assertThat(reused.stillRunning()).isEmpty();
	}

}
