package dev.stratus.platform.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.TableSpec;
import dev.stratus.platform.jobs.JobHandler.Attempt;
import dev.stratus.platform.jobs.JobHandler.Outcome;
import dev.stratus.platform.jobs.JobHandler.Standing;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityRequest;
import software.amazon.awssdk.services.sqs.model.ChangeMessageVisibilityResponse;
import software.amazon.awssdk.services.sqs.model.DeleteMessageRequest;
import software.amazon.awssdk.services.sqs.model.DeleteMessageResponse;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageRequest;
import software.amazon.awssdk.services.sqs.model.ReceiveMessageResponse;
import software.amazon.awssdk.services.sqs.model.SendMessageRequest;
import software.amazon.awssdk.services.sqs.model.SendMessageResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** How the worker settles a message by its handler's outcome, against a queue that records what it was told. */
class JobWorkerTests {

	private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

	/** A claim of 10 s: a 2 s visibility timeout, but a handler step of up to 8 s (and the margin). */
	private static final JobSettings SETTINGS = new JobSettings(2, 1, 1, Duration.ofMillis(500),
			List.of(Duration.ofSeconds(7)), Duration.ofSeconds(30), Duration.ofSeconds(60));

	private static final JobSpec<UUID> SPEC = JobSpec.of("tasks",
			new Subject<>("task", UUID::toString, text -> Optional.of(UUID.fromString(text))),
			TableSpec.singleTable("tasks", "GSI1"));

	private final RecordingQueue sqs = new RecordingQueue();

	@Test
	void hidesAMessageWhoseWorkIsHeldOnlyUntilTheHoldersClaimEnds() {
		step(Outcome.busyUntil(NOW.plusSeconds(3)));

		assertThat(sqs.hiddenForSeconds).containsExactly(3);
	}

	@Test
	void hidesABusyMessageForASecondAtLeastWhenTheClaimHasJustEnded() {
		step(Outcome.busyUntil(NOW.minusMillis(200)));

		assertThat(sqs.hiddenForSeconds).containsExactly(1);
	}

	@Test
	void hidesABusyMessageNoLongerThanAClaimOfItsOwn() {
		step(Outcome.busyUntil(NOW.plus(Duration.ofHours(1))));

		assertThat(sqs.hiddenForSeconds).containsExactly(10);
	}

	@Test
	void sendsABusyMessageAgainOnItsLastReceiveSoThatWaitingNeverDeadLettersIt() {
		sqs.receiveCount = JobSettings.MAX_RECEIVES;

		step(Outcome.busyUntil(NOW.plusSeconds(3)));

		assertThat(sqs.hiddenForSeconds).isEmpty();
		assertThat(sqs.sentWithDelaySeconds).containsExactly(3);
		assertThat(sqs.sentBodies).containsExactly(sqs.receivedBodies.get(0));
		assertThat(sqs.deleted).isEqualTo(1);
	}

	@Test
	void hidesAFailedMessageForTheRetryDelayAndDeletesADoneOne() {
		step(Outcome.FAILED);
		step(Outcome.DONE);

		assertThat(sqs.hiddenForSeconds).containsExactly(7);
		assertThat(sqs.deleted).isEqualTo(1);
	}

	private void step(Outcome outcome) {
		CloudResources resources = mock(CloudResources.class);
		when(resources.queueUrl(any())).thenReturn("http://queue.test/tasks");
		JobQueue<UUID> queue = new JobQueue<>(sqs, resources, SETTINGS.queue(SPEC.name()), SPEC.subject());
		Job<UUID> job = Job.withoutSweep(SPEC, SETTINGS, new Handler(outcome));
		new JobWorker<>(job, queue, Clock.fixed(NOW, ZoneOffset.UTC)).step();
	}

	private record Handler(Outcome outcome) implements JobHandler<UUID> {

		@Override
		public Outcome handle(UUID message, Attempt attempt) {
			return outcome;
		}

		@Override
		public Duration longestStep() {
			return Duration.ofSeconds(8);
		}

		@Override
		public Standing standing(UUID message) {
			return new Standing.Gone();
		}

		@Override
		public void park(UUID message) {
		}

		@Override
		public void restart(UUID message, Instant now) {
		}

	}

	/** Hands out one message per receive, received {@code receiveCount} times, and records how each was settled. */
	private static final class RecordingQueue implements SqsClient {

		final List<Integer> hiddenForSeconds = new ArrayList<>();

		final List<Integer> sentWithDelaySeconds = new ArrayList<>();

		final List<String> sentBodies = new ArrayList<>();

		final List<String> receivedBodies = new ArrayList<>();

		int receiveCount = 1;

		int deleted;

		@Override
		public ReceiveMessageResponse receiveMessage(ReceiveMessageRequest request) {
			String body = "{\"taskId\": \"" + UUID.randomUUID() + "\"}";
			receivedBodies.add(body);
			return ReceiveMessageResponse.builder()
				.messages(Message.builder()
					.messageId(UUID.randomUUID().toString())
					.receiptHandle("receipt")
					.body(body)
					.attributes(java.util.Map.of(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT,
							Integer.toString(receiveCount)))
					.build())
				.build();
		}

		@Override
		public SendMessageResponse sendMessage(SendMessageRequest request) {
			sentWithDelaySeconds.add(request.delaySeconds());
			sentBodies.add(request.messageBody());
			return SendMessageResponse.builder().build();
		}

		@Override
		public ChangeMessageVisibilityResponse changeMessageVisibility(ChangeMessageVisibilityRequest request) {
			hiddenForSeconds.add(request.visibilityTimeout());
			return ChangeMessageVisibilityResponse.builder().build();
		}

		@Override
		public DeleteMessageResponse deleteMessage(DeleteMessageRequest request) {
			deleted++;
			return DeleteMessageResponse.builder().build();
		}

		@Override
		public String serviceName() {
			return "sqs";
		}

		@Override
		public void close() {
		}

	}

}
