package dev.stratus.workspace.internal.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchiveUnpackerTests {

	private static final ArchiveUnpacker.Limits LIMITS = new ArchiveUnpacker.Limits(10, 1024);

	@TempDir
	Path temp;

	private Path target;

	private Path unpack(byte[] zip) throws Exception {
		return unpack(zip, LIMITS);
	}

	private Path unpack(byte[] zip, ArchiveUnpacker.Limits limits) throws Exception {
		Path file = Files.write(temp.resolve("archive.zip"), zip);
		target = Files.createDirectory(temp.resolve("source"));
		return new ArchiveUnpacker(limits).unpack(file, target);
	}

	@Test
	void unpacksAProjectAtTheArchivesTop() throws Exception {
		Path root = unpack(Zips.ofText(Map.of("pom.xml", "<project/>", "src/main/java/A.java", "class A {}")));

		assertThat(root).isEqualTo(target);
		assertThat(root.resolve("src/main/java/A.java")).hasContent("class A {}");
	}

	@Test
	void findsTheProjectInTheArchivesOneTopFolder() throws Exception {
		Path root = unpack(Zips.ofText(Map.of("shop/pom.xml", "<project/>", "shop/README.md", "hi")));

		assertThat(root).isEqualTo(target.resolve("shop"));
	}

	@Test
	void refusesAnArchiveWithoutAProject() {
		assertThatThrownBy(() -> unpack(Zips.ofText(Map.of("a/pom.xml", "<project/>", "b/pom.xml", "<project/>"))))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("no Maven project");
	}

	@Test
	void refusesAnEntryThatClimbsOutOfTheSandbox() {
		assertThatThrownBy(() -> unpack(Zips.ofText(Map.of("pom.xml", "<project/>", "src/../../evil.txt", "x"))))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("'src/../../evil.txt' points outside the project");
		assertThat(temp.resolve("evil.txt")).doesNotExist();
	}

	@Test
	void refusesAnAbsoluteEntry() {
		assertThatThrownBy(() -> unpack(Zips.ofText(Map.of("/tmp/evil.txt", "x"))))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("points outside the project");
	}

	@Test
	void refusesASymbolicLink() {
		byte[] zip = Zips.markedAsSymlink(Zips.ofText(Map.of("pom.xml", "<project/>", "src", "/etc")), "src");

		assertThatThrownBy(() -> unpack(zip)).isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("'src' is a link or special file");
	}

	@Test
	void refusesTooManyEntries() {
		assertThatThrownBy(() -> unpack(Zips.ofText(Map.of("pom.xml", "", "a", "", "b", "")),
				new ArchiveUnpacker.Limits(2, 1024)))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("3 entries; at most 2");
	}

	@Test
	void refusesAnArchiveThatUnpacksTooLargeWhateverItsHeadersSay() throws IOException {
		// Compresses to almost nothing: only the bytes actually written count.
		String large = "0".repeat(4096);

		assertThatThrownBy(() -> unpack(Zips.ofText(Map.of("pom.xml", "<project/>", "big.txt", large))))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("unpacks to more than");
	}

	@Test
	void refusesWhatIsNotAZip() {
		assertThatThrownBy(() -> unpack("not a zip at all".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DeploymentFailure.class)
			.hasMessageContaining("not a zip file");
	}

}
