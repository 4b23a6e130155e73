package dev.stratus.workspace.internal.deploy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ProgressReportTests {

	private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

	private final RecordingSink sink = new RecordingSink();

	private final ProgressReport report = new ProgressReport("d1", sink, Clock.fixed(NOW, ZoneOffset.UTC), 3,
			"/data/deployments/d1");

	@Test
	void numbersAndTimestampsLines() {
		report.line("one");
		report.line("two");

		assertThat(sink.lines).extracting(LogLine::seq, LogLine::text).containsExactly(
				tuple(1L, "one"), tuple(2L, "two"));
		assertThat(sink.lines).allSatisfy(line -> {
			assertThat(line.deploymentId()).isEqualTo("d1");
			assertThat(line.timestamp()).isEqualTo(NOW);
		});
	}

	@Test
	void showsPathsInsideTheSandboxRelativeToIt() {
		report.line("[ERROR] /data/deployments/d1/source/src/main/java/A.java:[3,1] ';' expected");

		assertThat(sink.lines.get(0).text()).isEqualTo("[ERROR] source/src/main/java/A.java:[3,1] ';' expected");
	}

	@Test
	void masksSecrets() {
		report.line("spring.datasource.password=hunter2 and \"apiKey\": \"abc\" secret: s3cr3t, ok=1");
		report.line("Authorization: Bearer abc.def-ghi and AKIAABCDEFGHIJKLMNOP and https://bob:pw@host/x");
		report.line("token eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig-nature");

		assertThat(sink.text()).doesNotContain("hunter2", "abc\"", "s3cr3t", "abc.def-ghi", "AKIAABCDEFGHIJKLMNOP",
				"bob:pw", "eyJhbGciOiJIUzI1NiJ9")
			.contains("password=***", "\"apiKey\": ***", "secret: ***", "ok=1", "Bearer ***", "https://***@host/x");
	}

	@Test
	void dropsTerminalEscapesAndControlCharacters() {
		report.line("\u001B[1;31mred\u001B[0m\u0007 done\tok");

		assertThat(sink.lines.get(0).text()).isEqualTo("red done\tok");
	}

	@Test
	void cutsLongLines() {
		report.line("x".repeat(ProgressReport.MAX_LINE_LENGTH + 500));

		assertThat(sink.lines.get(0).text()).hasSize(ProgressReport.MAX_LINE_LENGTH + "… (cut)".length())
			.endsWith("… (cut)");
	}

	@Test
	void dropsLinesPastTheBoundWithOneNoticeButKeepsTheTail() {
		for (int i = 1; i <= 6; i++) {
			report.line("line " + i);
		}

		assertThat(sink.lines).extracting(LogLine::text).containsExactly("line 1", "line 2", "line 3",
				"… more output dropped: a deployment keeps at most 3 lines");
		assertThat(report.tail()).endsWith("line 5", "line 6");
	}

	@Test
	void reportsPhasesAndNoLinesAfterTheLastOne() {
		report.phase(DeploymentPhase.SUCCEEDED, URI.create("http://127.0.0.1:1234"), null);
		report.line("still running");
		report.phase(DeploymentPhase.STOPPED, null, "Stopped on request");
		report.line("shutting down");

		assertThat(sink.phases).extracting(PhaseChange::phase, PhaseChange::url, PhaseChange::reason)
			.containsExactly(
					tuple(DeploymentPhase.SUCCEEDED, URI.create("http://127.0.0.1:1234"),
							null),
					tuple(DeploymentPhase.STOPPED, null, "Stopped on request"));
		assertThat(sink.lines).extracting(LogLine::text).containsExactly("still running");
	}

	@Test
	void survivesASinkThatThrows() {
		ProgressReport failing = new ProgressReport("d2", new DeploymentSink() {

			@Override
			public void phase(PhaseChange change) {
				throw new IllegalStateException("table down");
			}

			@Override
			public void line(LogLine line) {
				throw new IllegalStateException("table down");
			}

		}, Clock.systemUTC(), 10, "/x");

		failing.line("a");
		failing.phase(DeploymentPhase.FAILED, null, "no");

		assertThat(failing.tail()).containsExactly("a");
	}

}
