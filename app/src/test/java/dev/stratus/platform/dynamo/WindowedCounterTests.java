package dev.stratus.platform.dynamo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.dynamo.WindowedCounter.WindowEnd;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;

/** Windowed counts in the real local DynamoDB (the identity table), with the clock set by hand. */
@IntegrationTest
class WindowedCounterTests {

	private static final Duration HOUR = Duration.ofHours(1);

	private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

	@Autowired
	DynamoDbClient dynamo;

	final Map<String, AttributeValue> key = Attributes.key("THROTTLE#test#" + UUID.randomUUID(), "THROTTLE");

	@Test
	void countsEachEventAndRefusesThoseOverTheLimitWithoutCountingThem() {
		WindowedCounter counter = at(START, WindowEnd.EXCLUSIVE);

		assertThat(counter.count(key, "sent", 2, Map.of())).hasValue(1);
		assertThat(counter.count(key, "sent", 2, Map.of())).hasValue(2);
		assertThat(counter.count(key, "sent", 2, Map.of())).isEmpty();
		assertThat(counter.count(key, "sent", 3, Map.of())).as("the refused one was not counted").hasValue(3);
	}

	@Test
	void keepsEachCounterOfTheItemApartAndStartsThemAllAfreshInANewWindow() {
		at(START, WindowEnd.EXCLUSIVE).count(key, "sent", 5, Map.of());
		at(START, WindowEnd.EXCLUSIVE).count(key, "sent", 5, Map.of());

		assertThat(at(START.plusSeconds(60), WindowEnd.EXCLUSIVE).count(key, "wrong", 5, Map.of())).hasValue(1);
		assertThat(at(START.plus(HOUR).plusSeconds(1), WindowEnd.EXCLUSIVE).count(key, "sent", 5, Map.of()))
			.hasValue(1);
		assertThat(stored().get(WindowedCounter.WINDOW_START).n())
			.isEqualTo(Long.toString(START.plus(HOUR).plusSeconds(1).toEpochMilli()));
		assertThat(stored()).doesNotContainKey("wrong");
	}

	@Test
	void countsAnEventAtTheWindowsEndInItOnlyWhenTheEndIsInclusive() {
		Map<String, AttributeValue> other = Attributes.key("THROTTLE#test#" + UUID.randomUUID(), "THROTTLE");
		at(START, WindowEnd.INCLUSIVE).count(key, "sent", 5, Map.of());
		at(START, WindowEnd.EXCLUSIVE).count(other, "sent", 5, Map.of());

		assertThat(at(START.plus(HOUR), WindowEnd.INCLUSIVE).count(key, "sent", 5, Map.of())).hasValue(2);
		assertThat(at(START.plus(HOUR), WindowEnd.EXCLUSIVE).count(other, "sent", 5, Map.of())).hasValue(1);
	}

	@Test
	void setsTheGivenAttributesWithEveryCountedEvent() {
		at(START, WindowEnd.EXCLUSIVE).count(key, "failures", Long.MAX_VALUE, Map.of("last", Attributes.n(1)));
		at(START, WindowEnd.EXCLUSIVE).count(key, "failures", Long.MAX_VALUE, Map.of("last", Attributes.n(2)));

		assertThat(stored().get("last").n()).isEqualTo("2");
		assertThat(stored().get("expiresAt").n()).isEqualTo(Long.toString(START.plus(HOUR).getEpochSecond()));
	}

	private WindowedCounter at(Instant now, WindowEnd end) {
		return new WindowedCounter(dynamo, "stratus-identity", HOUR, end, Clock.fixed(now, ZoneOffset.UTC));
	}

	private Map<String, AttributeValue> stored() {
		return dynamo.getItem(b -> b.tableName("stratus-identity").key(key).consistentRead(true)).item();
	}

}
