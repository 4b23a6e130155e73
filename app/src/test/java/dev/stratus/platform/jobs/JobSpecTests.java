package dev.stratus.platform.jobs;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.cloud.TableSpec;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class JobSpecTests {

	private static final TableSpec TABLE = TableSpec.singleTable("fleet", "GSI1");

	private static final Subject<UUID> ACTION = new Subject<>("action", UUID::toString, JobSpecTests::uuid);

	@Test
	void givesEachJobOfATableItsOwnOutboxAndDeadLetters() {
		JobSpec<UUID> starts = JobSpec.of("fleet-starts", ACTION, TABLE);
		JobSpec<UUID> stops = JobSpec.of("fleet-stops", ACTION, TABLE);

		assertThat(starts.outboxPartition()).isNotEqualTo(stops.outboxPartition());
		assertThat(starts.deadLetterPartition()).isNotEqualTo(stops.deadLetterPartition())
			.isNotEqualTo(starts.outboxPartition());
		UUID id = UUID.randomUUID();
		assertThat(starts.outboxKey(id.toString())).isNotEqualTo(stops.outboxKey(id.toString()));
	}

	@Test
	void writesAnOutboxEntryNamingTheWorkItemUnderItsSubject() {
		JobSpec<UUID> starts = JobSpec.of("fleet-starts", ACTION, TABLE);
		UUID id = UUID.randomUUID();

		var put = starts.outboxEntry("stratus-fleet", id, Instant.parse("2026-11-29T12:00:00Z")).put();

		assertThat(put.tableName()).isEqualTo("stratus-fleet");
		assertThat(put.item()).containsEntry("actionId", AttributeValue.fromS(id.toString()))
			.containsEntry("GSI1PK", AttributeValue.fromS("OUTBOX#fleet-starts"))
			.containsEntry("GSI1SK", AttributeValue.fromS("2026-11-29T12:00:00.000Z#" + id));
	}

	@Test
	void refusesDeclarationsThePipelineCannotServe() {
		assertThatIllegalArgumentException().isThrownBy(() -> JobSpec.of("Fleet Starts", ACTION, TABLE));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> JobSpec.of("fleet-starts", ACTION, TableSpec.singleTable("fleet")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new JobSpec<>("fleet-starts", ACTION, TABLE, "WORK", "WORK"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Subject<>("fleet action", UUID::toString, JobSpecTests::uuid));
	}

	@Test
	void speaksOfItsSubjectInMessagesAndAlerts() {
		assertThat(ACTION.attribute()).isEqualTo("actionId");
		assertThat(ACTION.capitalized()).isEqualTo("Action");
		assertThat(ACTION.withArticle()).isEqualTo("an action");
		assertThat(new Subject<>("deployment", UUID::toString, JobSpecTests::uuid).withArticle())
			.isEqualTo("a deployment");
	}

	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAUuid) {
			return Optional.empty();
		}
	}

}
