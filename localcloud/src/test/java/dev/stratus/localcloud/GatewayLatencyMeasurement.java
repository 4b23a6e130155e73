package dev.stratus.localcloud;

import java.util.Arrays;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the gateway adds to a DynamoDB GetItem (the app's hot path), against the same call on
 * DynamoDB's own port: single-threaded, interleaved, after a warm-up. Off by default; run it with
 * {@code -Dstratus.measure=true}.
 */
@EnabledIfSystemProperty(named = "stratus.measure", matches = "true")
class GatewayLatencyMeasurement {

	private static final int WARM_UP = 1_000;

	private static final int ROUNDS = 5_000;

	@Test
	void measuresGetItemThroughTheGatewayAgainstDirect() {
		try (var cloud = LocalCloud.start(LocalCloudConfig.inMemory());
				var direct = Sdk.dynamo(cloud.endpoints().dynamodb());
				var viaGateway = Sdk.dynamo(cloud.endpoints().gateway())) {
			GatewayTests.createTable(direct, "latency");
			direct.putItem(b -> b.tableName("latency").item(Map.of("id", AttributeValue.fromS("k"))));
			for (int i = 0; i < WARM_UP; i++) {
				get(direct);
				get(viaGateway);
			}
			long[] directNanos = new long[ROUNDS];
			long[] gatewayNanos = new long[ROUNDS];
			for (int i = 0; i < ROUNDS; i++) {
				directNanos[i] = get(direct);
				gatewayNanos[i] = get(viaGateway);
			}
			System.out.printf("GetItem direct:  %s%nGetItem gateway: %s%n", summary(directNanos),
					summary(gatewayNanos));
			assertThat(percentile(gatewayNanos, 50)).isPositive();
		}
	}

	private static long get(DynamoDbClient dynamo) {
		long start = System.nanoTime();
		dynamo.getItem(b -> b.tableName("latency").key(Map.of("id", AttributeValue.fromS("k"))));
		return System.nanoTime() - start;
	}

	private static String summary(long[] nanos) {
		return String.format("mean %.3f ms, p50 %.3f ms, p99 %.3f ms", Arrays.stream(nanos).average().orElse(0) / 1e6,
				percentile(nanos, 50) / 1e6, percentile(nanos, 99) / 1e6);
	}

	private static long percentile(long[] nanos, int percent) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)];
	}

}
