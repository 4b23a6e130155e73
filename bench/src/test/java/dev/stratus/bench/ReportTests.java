package dev.stratus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTests {

	@TempDir
	Path dir;

	@Test
	void writesAMarkdownTableWithEveryRowAndCheck() {
		Report report = new Report("bench");
		var table = report.table("API versus baseline", "call", "ops/s");
		Report.row(table, "GET /api/products/{id}", "1200");
		Report.row(table, "a | pipe", "3");
		report.check(new Check("no oversell", true, "50 accepted"));
		report.check(new Check("all confirmed", false, "3 stuck"));

		String markdown = report.markdown();

		assertThat(markdown)
			.contains("## API versus baseline\n\n| call | ops/s |\n|---|---|\n| GET /api/products/{id} | 1200 |\n")
			.contains("| a \\| pipe | 3 |")
			.contains("| PASS | no oversell | 50 accepted |")
			.contains("| **FAIL** | all confirmed | 3 stuck |")
			.contains("1 of 2 checks passed");
		assertThat(report.passed()).isFalse();
	}

	@Test
	void rejectsARowOfTheWrongWidth() {
		Report report = new Report("bench");
		var table = report.table("t", "a", "b");
		assertThatThrownBy(() -> Report.row(table, "only one")).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("2 columns");
	}

	@Test
	void writesJsonWithFiguresAndReplacesThePreviousRunOfItsKind() throws IOException {
		Files.writeString(dir.resolve("chaos-quick.json"), "old");
		Report report = new Report("chaos-quick");
		report.figure("pipeline", new Stats("PENDING→CONFIRMED", 2, 150, 0, 15.0, 40.5, 80, 120.25, 300));
		report.check(new Check("poison message", true, "receiveCount 3"));

		report.write(dir);

		JsonNode json = Api.JSON.readTree(Files.readString(dir.resolve("chaos-quick.json")));
		assertThat(json.path("kind").asString()).isEqualTo("chaos-quick");
		assertThat(json.path("passed").asBoolean()).isTrue();
		assertThat(json.path("figures").path("pipeline").path("p99Ms").asDouble()).isEqualTo(120.25);
		assertThat(json.path("checks").get(0).path("figures").asString()).isEqualTo("receiveCount 3");
		assertThat(Files.readString(dir.resolve("chaos-quick.md")))
				.contains("| PASS | poison message | receiveCount 3 |");
	}

}
