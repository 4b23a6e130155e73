package dev.stratus.infra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts each stack's resources for the note, and writes them to infra/target/resource-counts.md. */
class ResourceCountsTests {

	@Test
	void writesOneRowPerStackAndTheTotal() throws IOException {
		Synthesized synthesized = Synthesized.stacks();
		Path file = synthesized.home.resolve("infra/target/resource-counts.md");
		String table = ResourceCounts.write(synthesized.assembly, file);
		System.out.print(table);
		assertThat(Files.readString(file)).isEqualTo(table);
		for (var stack : synthesized.stacks.all()) {
			assertThat(table).containsPattern("\\| " + stack.getStackName() + " \\| [1-9][0-9]* \\|");
		}
		assertThat(table).containsPattern("\\| total \\| [1-9][0-9]* \\|");
	}

}
