package dev.stratus.platform.cloud;

import java.nio.file.Path;
import java.util.Map;

import dev.stratus.StratusApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/** State written before a restart is there after it: the data directory is the source of truth. */
class RestartTests {

	@Test
	void readsBackAfterARestartWhatWasWrittenBefore(@TempDir Path dataDir) {
		Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("RESTART#probe"), "SK",
				AttributeValue.fromS("PROBE"));
		String table;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			CloudResources resources = first.getBean(CloudResources.class);
			table = resources.tableName(first.getBeanProvider(TableSpec.class).orderedStream().findFirst().orElseThrow());
			first.getBean(DynamoDbClient.class)
				.putItem(b -> b.tableName(table).item(Map.of("PK", key.get("PK"), "SK", key.get("SK"), "note",
						AttributeValue.fromS("written before the restart"))));
		}

		try (ConfigurableApplicationContext second = start(dataDir)) {
			var item = second.getBean(DynamoDbClient.class).getItem(b -> b.tableName(table).key(key)).item();

			assertThat(item).containsEntry("note", AttributeValue.fromS("written before the restart"));
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(StratusApplication.class).run("--server.port=0",
				"--stratus.data-dir=" + dataDir, "--stratus.in-memory=false", "--stratus.local-ports.dynamodb=0",
				"--stratus.local-ports.sqs=0", "--stratus.local-ports.s3=0", "--stratus.local-ports.smtp=0",
				"--stratus.local-ports.imap=0");
	}

}
