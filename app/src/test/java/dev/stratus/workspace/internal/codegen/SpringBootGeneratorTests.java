package dev.stratus.workspace.internal.codegen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.stratus.workspace.internal.schema.SampleSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Spring Boot generator renders, file by file (the build test proves it compiles and passes). */
class SpringBootGeneratorTests {

	private final SpringBootGenerator generator = new SpringBootGenerator();

	@Test
	void writesTheProjectToADirectory() throws IOException {
		Path dir = Path.of(System.getProperty("codegen.out", "target/codegen-sample"));
		unzip(generator.generate("Acme Shop", SampleSchemas.shop()).archive(), dir);
		assertThat(dir.resolve("pom.xml")).exists();
	}

	static void unzip(byte[] archive, Path dir) throws IOException {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				Path file = dir.resolve(entry.getName()).normalize();
				assertThat(file.startsWith(dir.normalize())).as(entry.getName()).isTrue();
				Files.createDirectories(file.getParent());
				Files.write(file, zip.readAllBytes());
			}
		}
	}

	static List<String> entries(byte[] archive) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

}
