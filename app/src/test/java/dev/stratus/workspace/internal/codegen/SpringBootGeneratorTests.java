package dev.stratus.workspace.internal.codegen;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import dev.stratus.workspace.internal.schema.SampleSchemas;
import dev.stratus.workspace.internal.schema.Schema;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;

import static dev.stratus.workspace.internal.schema.SampleSchemas.entity;
import static dev.stratus.workspace.internal.schema.SampleSchemas.field;
import static org.assertj.core.api.Assertions.assertThat;

/** What the Spring Boot generator renders, file by file ({@link GeneratedProjectBuildTests} builds it). */
class SpringBootGeneratorTests {

	private final SpringBootGenerator generator = new SpringBootGenerator();

	@Test
	void rendersAProjectFileForEachPartOfEachEntity() {
		GeneratedProject project = generator.generate("Acme Shop", SampleSchemas.shop());

		assertThat(project.files()).startsWith("pom.xml", "README.md", "src/main/resources/application.properties",
				"src/main/java/com/example/acmeshop/Application.java",
				"src/main/java/com/example/acmeshop/WriteLock.java",
				"src/test/java/com/example/acmeshop/ApplicationTests.java")
			.contains("src/main/java/com/example/acmeshop/orderline/OrderLine.java",
					"src/main/java/com/example/acmeshop/orderline/OrderLineRepository.java",
					"src/main/java/com/example/acmeshop/orderline/OrderLineController.java",
					"src/test/java/com/example/acmeshop/orderline/OrderLineControllerTests.java")
			.hasSize(6 + 4 * 10)
			.doesNotHaveDuplicates();
	}

	@Test
	void zipsExactlyTheListedFilesAndReportsTheArchiveSize() throws IOException {
		GeneratedProject project = generator.generate("Acme Shop", SampleSchemas.shop());

		assertThat(contents(project.archive()).keySet()).containsExactlyElementsOf(project.files());
		assertThat(project.sizeBytes()).isEqualTo(project.archive().length).isPositive();
	}

	@Test
	void rendersTheSameArchiveForTheSameSchema() {
		assertThat(generator.generate("Acme Shop", SampleSchemas.shop()).archive())
			.isEqualTo(generator.generate("Acme Shop", SampleSchemas.shop()).archive());
	}

	@Test
	void buildsOnStratusOwnSpringBootVersionWithTheProjectsNameEscaped() throws IOException {
		String pom = contents(generator.generate("Fish & <Chips>", SampleSchemas.shop()).archive()).get("pom.xml");

		assertThat(pom).contains("<artifactId>spring-boot-starter-parent</artifactId>",
				"<version>" + SpringBootVersion.getVersion() + "</version>", "<java.version>17</java.version>",
				"<artifactId>fish-chips</artifactId>", "<name>Fish &amp; &lt;Chips&gt;</name>",
				"spring-boot-starter-actuator", "spring-boot-starter-validation")
			.doesNotContain("${");
	}

	@Test
	void documentsEachResourceInTheReadme() throws IOException {
		String readme = contents(generator.generate("Acme Shop", SampleSchemas.shop()).archive()).get("README.md");

		assertThat(readme).startsWith("# Acme Shop")
			.contains("| OrderLine | `/api/order-lines` | id (uuid), quantity (integer, required), "
					+ "unitPrice (decimal, required), products (ids of Product, many-to-many) |")
			.contains("| Category | `/api/categories` |")
			.contains("java -jar target/acme-shop.jar");
	}

	@Test
	void exposesHealthAndLetsThePortBeChosen() throws IOException {
		String properties = contents(generator.generate("Acme Shop", SampleSchemas.shop()).archive())
			.get("src/main/resources/application.properties");

		assertThat(properties).contains("management.endpoints.web.exposure.include=health",
				"server.port=${PORT:8080}", "spring.application.name=acme-shop");
	}

	@Test
	void typesFieldsAndConstrainsRequiredAndLongValues() throws IOException {
		String order = contents(generator.generate("Acme Shop", SampleSchemas.shop()).archive())
			.get("src/main/java/com/example/acmeshop/order/Order.java");

		assertThat(order).contains("public record Order(UUID id, @NotNull Long number, @NotNull Instant placedAt,",
				"Order.Status status,", "BigDecimal total, List<@NotNull UUID> lines)", "public enum Status {",
				"PENDING,", "SHIPPED")
			.doesNotContain("import java.lang.");
		String customer = contents(generator.generate("Acme Shop", SampleSchemas.shop()).archive())
			.get("src/main/java/com/example/acmeshop/customer/Customer.java");
		assertThat(customer).contains("@NotBlank @Size(max = 255) String email", "@Size(max = 10000) String bio",
				"LocalDate birthday", "Boolean vip");
	}

	@Test
	void enforcesUniqueFieldsAndOneToManyOwnershipInTheGeneratedCode() throws IOException {
		Map<String, String> files = contents(generator.generate("Acme Shop", SampleSchemas.shop()).archive());

		assertThat(files.get("src/main/java/com/example/acmeshop/customer/CustomerRepository.java"))
			.contains("row.email().equals(other.email())", "HttpStatus.CONFLICT", "holderOfOrders",
					"unlinkAddresses")
			.doesNotContain("holderOfAddresses");
		assertThat(files.get("src/main/java/com/example/acmeshop/order/OrderController.java"))
			.as("deleting an order takes it out of the rows that point at it")
			.contains("customerRepository.unlinkOrders(id)", "invoiceRepository.unlinkOrders(id)",
					"shipmentRepository.unlinkOrders(id)");
	}

	@Test
	void writesATestPerEntityThatBreaksItsBodyTheWayItCan() throws IOException {
		Map<String, String> files = contents(generator.generate("Acme Shop",
				new Schema(List.of(entity("Flag", List.of(field("on", "boolean", false, false))),
						entity("Empty", List.of())))).archive());

		assertThat(files.get("src/test/java/com/example/acmeshop/flag/FlagControllerTests.java"))
			.contains("void createsAndReadsAFlag()", "void rejectsAnInvalidFlag()",
					"body.put(\"on\", \"not a value\")");
		assertThat(files.get("src/test/java/com/example/acmeshop/empty/EmptyControllerTests.java"))
			.contains("void createsAndReadsAnEmpty()", "List<Object> body = List.of()");
	}

	@Test
	void namesTheProjectPackageLegallyWhateverTheProjectIsCalled() {
		assertThat(SpringBootGenerator.artifactId("  My  Shop!! ")).isEqualTo("my-shop");
		assertThat(SpringBootGenerator.artifactId("???")).isEqualTo("app");
		assertThat(SpringBootGenerator.packageSegment("my-shop")).isEqualTo("myshop");
		assertThat(SpringBootGenerator.packageSegment("3d-prints")).isEqualTo("app3dprints");
		assertThat(SpringBootGenerator.packageSegment("new")).isEqualTo("appnew");
	}

	/** Writes the archive's files under {@code dir}. */
	static void unzip(byte[] archive, Path dir) throws IOException {
		for (Map.Entry<String, String> file : contents(archive).entrySet()) {
			Path path = dir.resolve(file.getKey()).normalize();
			assertThat(path.startsWith(dir.normalize())).as(file.getKey()).isTrue();
			Files.createDirectories(path.getParent());
			Files.writeString(path, file.getValue());
		}
	}

	private static Map<String, String> contents(byte[] archive) throws IOException {
		Map<String, String> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		return files;
	}

}
