package dev.stratus.workspace.internal.documentation;

import dev.stratus.workspace.internal.content.FileType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "report.pdf", "Grüße 2026.PDF", "notes-v1.2.pdf", "a.pdf" })
	void acceptsOrdinaryNames(String name) {
		assertThat(FileNames.problem(name, FileType.PDF)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../secret.pdf", "a/b.pdf", "a\\b.pdf", "..", "x..pdf", "tab\there.pdf",
			"line\nbreak.pdf", "nul\0.pdf", "gpj\u202Eexe.pdf", " padded.pdf", "", "   " })
	void refusesNamesThatCouldLeaveTheFolderOrMislead(String name) {
		assertThat(FileNames.problem(name)).isPresent();
	}

	@Test
	void refusesNamesLongerThan255BytesInUtf8() {
		assertThat(FileNames.problem("a".repeat(251) + ".pdf")).isEmpty();
		assertThat(FileNames.problem("a".repeat(252) + ".pdf")).isPresent();
		assertThat(FileNames.problem("ü".repeat(126) + ".pdf")).hasValueSatisfying(
				problem -> assertThat(problem).contains("255 bytes"));
	}

	@Test
	void refusesAnExtensionThatDoesNotFitTheCheckedType() {
		assertThat(FileNames.problem("picture.exe", FileType.PNG)).hasValue("must end with .png for image/png");
		assertThat(FileNames.problem("page.html", FileType.TEXT)).isPresent();
		assertThat(FileNames.problem("README", FileType.TEXT)).isPresent();
		assertThat(FileNames.problem("photo.JPEG", FileType.JPEG)).isEmpty();
		assertThat(FileNames.problem("notes.md", FileType.MARKDOWN)).isEmpty();
	}

}
