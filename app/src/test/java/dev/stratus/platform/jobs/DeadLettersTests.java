package dev.stratus.platform.jobs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.TableSpec;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The admin's dead letters over every declared job, each found by the job's name. */
class DeadLettersTests {

	private static final JobSettings SETTINGS = new JobSettings(2, 1, 1, Duration.ofMillis(500),
			List.of(Duration.ofSeconds(10)), Duration.ofSeconds(30), Duration.ofSeconds(60));

	private final JobPipeline<UUID> orders = pipeline("orders");

	private final JobPipeline<UUID> checks = pipeline("customer-checks");

	private final DeadLetters deadLetters = new DeadLetters(List.of(orders, checks));

	@Test
	void listsTheDeadLettersOfTheNamedJob() {
		Page<DeadLetter> page = new Page<>(List.of(letter(UUID.randomUUID().toString())), null);
		when(checks.deadLetters(20, null)).thenReturn(page);

		assertThat(deadLetters.list("customer-checks", 20, null)).isSameAs(page);
		verify(orders, never()).deadLetters(20, null);
	}

	@Test
	void refusesAJobNobodyDeclaredNamingThoseThatExist() {
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> deadLetters.list("fleet", 20, null))
			.satisfies(ex -> assertThat(ex.problems())
				.containsExactly(new FieldProblem("job", "is not a job; one of customer-checks, orders")));
	}

	@Test
	void redrivesEveryLetterOfEveryPageThatNamesWork() {
		DeadLetter first = letter(UUID.randomUUID().toString());
		DeadLetter unreadable = letter("unknown");
		DeadLetter last = letter(UUID.randomUUID().toString());
		when(orders.deadLetters(100, null)).thenReturn(new Page<>(List.of(first, unreadable), "second"));
		when(orders.deadLetters(100, "second")).thenReturn(new Page<>(List.of(last), null));
		when(orders.redrive(first)).thenReturn(Redrive.SENT);
		when(orders.redrive(last)).thenReturn(Redrive.SENT);

		assertThat(deadLetters.redriveAll("orders")).isEqualTo(2);
		verify(orders, never()).redrive(unreadable);
	}

	@SuppressWarnings("unchecked")
	private static JobPipeline<UUID> pipeline(String name) {
		JobPipeline<UUID> pipeline = mock(JobPipeline.class);
		Subject<UUID> subject = new Subject<>("task", UUID::toString, DeadLettersTests::parse);
		when(pipeline.job()).thenReturn(Job.withoutSweep(JobSpec.of(name, subject,
				TableSpec.singleTable("tasks", "GSI1")), SETTINGS, mock(JobHandler.class)));
		return pipeline;
	}

	private static Optional<UUID> parse(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	private static DeadLetter letter(String subjectId) {
		return new DeadLetter(UUID.randomUUID().toString(), subjectId, "Mail refused", 3, Instant.now());
	}

}
