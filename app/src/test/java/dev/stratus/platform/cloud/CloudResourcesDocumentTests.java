package dev.stratus.platform.cloud;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stratus.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps {@code infra/cloud-resources.json} equal to the tables, queues and buckets the running app
 * declares. The CDK app reads only that file for them, so the local cloud's provisioning and the AWS
 * stacks come from the same declarations and cannot drift apart.
 */
@IntegrationTest
class CloudResourcesDocumentTests {

	static final String REFRESH = "STRATUS_WRITE_CLOUD_RESOURCES";

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	CloudResources resources;

	@Test
	void committedDeclarationsMatchTheAppsBeans() throws IOException {
		String declared = document();
		Path committed = home().resolve("infra/cloud-resources.json");
		if ("true".equals(System.getenv(REFRESH))) {
			Files.writeString(committed, declared, StandardCharsets.UTF_8);
			return;
		}
		String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
		if (!current.equals(declared)) {
			fail("infra/cloud-resources.json is stale: the app now declares\n" + declared + "run `" + REFRESH
					+ "=true mvn -pl app -am test -Dtest=CloudResourcesDocumentTests"
					+ " -Dsurefire.failIfNoSpecifiedTests=false` to regenerate it, then the infra tests");
		}
	}

	@Test
	void declaresEveryQueueWithItsDeadLetterQueue() {
		assertThat(beans(QueueSpec.class)).isNotEmpty()
			.allSatisfy(queue -> assertThat(queue.maxReceiveCount()).isPositive());
		assertThat(beans(TableSpec.class)).extracting(TableSpec::name).doesNotHaveDuplicates();
	}

	/** Sorted by name, two-space indent, one trailing newline, so the file diffs well. */
	private String document() {
		Map<String, Object> document = new TreeMap<>();
		document.put("tables", beans(TableSpec.class).stream()
			.sorted(Comparator.comparing(TableSpec::name))
			.map(table -> Map.of("name", table.name(), "physicalName", resources.tableName(table), "indexes",
					table.indexes()))
			.toList());
		document.put("queues", beans(QueueSpec.class).stream()
			.sorted(Comparator.comparing(QueueSpec::name))
			.map(queue -> Map.of("name", queue.name(), "maxReceiveCount", queue.maxReceiveCount(),
					"visibilityTimeoutSeconds", queue.visibilityTimeoutSeconds(), "deadLetterQueue",
					queue.deadLetterName()))
			.toList());
		document.put("buckets", beans(BucketSpec.class).stream()
			.sorted(Comparator.comparing(BucketSpec::name))
			.map(bucket -> Map.of("name", bucket.name(), "physicalName", resources.bucketName(bucket)))
			.toList());
		JsonMapper json = JsonMapper.builder().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(document).replace("\r\n", "\n") + "\n";
	}

	/**
	 * The app's own beans of the type: a test's configuration (a workflow test's table, say) is in this context
	 * too, but is no part of a deployment.
	 */
	private <T> List<T> beans(Class<T> type) {
		return Arrays.stream(context.getBeanNamesForType(type))
			.filter(this::declaredByTheApp)
			.map(name -> context.getBean(name, type))
			.toList();
	}

	private boolean declaredByTheApp(String bean) {
		RootBeanDefinition definition = (RootBeanDefinition) context.getBeanFactory().getMergedBeanDefinition(bean);
		Method factoryMethod = definition.getResolvedFactoryMethod();
		Class<?> declaring = (factoryMethod != null) ? factoryMethod.getDeclaringClass() : context.getType(bean);
		CodeSource source = (declaring != null) ? declaring.getProtectionDomain().getCodeSource() : null;
		return source == null || !source.getLocation().getPath().contains("/test-classes/");
	}

	private static Path home() {
		String home = System.getProperty("stratus.home");
		return (home != null) ? Path.of(home).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
	}

}
