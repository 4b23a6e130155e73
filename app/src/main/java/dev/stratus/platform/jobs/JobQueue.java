package dev.stratus.platform.jobs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.QueueSpec;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A job's queue and its dead-letter queue. A message is just {@code {"<noun>Id": "..."}}.
 * <p>
 * A restarted local SQS has lost its queues: told a queue does not exist, every call here has them
 * re-created, so the relay, the worker and the dead-letter handler carry on. Sending then tries
 * once more; the other calls fail as before and their loop repeats the step after its pause.
 */
class JobQueue<M> {

	/** SQS takes at most this many messages per batch. */
	static final int BATCH = 10;

	/** The longest delay SQS gives a message it is sent. */
	private static final int MAX_DELAY_SECONDS = 900;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SqsClient sqs;

	private final CloudResources resources;

	private final QueueSpec queue;

	private final Subject<M> subject;

	JobQueue(SqsClient sqs, CloudResources resources, QueueSpec queue, Subject<M> subject) {
		this.sqs = sqs;
		this.resources = resources;
		this.queue = queue;
		this.subject = subject;
	}

	String url() {
		return recovering(() -> resources.queueUrl(queue));
	}

	String deadLetterUrl() {
		return recovering(() -> resources.deadLetterQueueUrl(queue));
	}

	/** Sends in batches of ten. @return the ids whose message SQS accepted */
	Set<String> send(List<String> ids) {
		try {
			return sendOnce(ids);
		}
		catch (QueueDoesNotExistException lost) {
			resources.recreateQueues();
			return sendOnce(ids);
		}
	}

	private Set<String> sendOnce(List<String> ids) {
		Set<String> sent = new HashSet<>();
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
			List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			for (int i = 0; i < batch.size(); i++) {
				entries.add(SendMessageBatchRequestEntry.builder()
					.id(Integer.toString(i))
					.messageBody(json.writeValueAsString(Map.of(subject.attribute(), batch.get(i))))
					.build());
			}
			SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b.queueUrl(url()).entries(entries));
			response.successful().forEach(ok -> sent.add(batch.get(Integer.parseInt(ok.id()))));
		}
		return sent;
	}

	/** Receives with each message's {@code ApproximateReceiveCount}. */
	List<Message> receive(String queueUrl, int waitSeconds, int max) {
		return recovering(() -> sqs
			.receiveMessage(b -> b.queueUrl(queueUrl)
				.maxNumberOfMessages(max)
				.waitTimeSeconds(waitSeconds)
				.messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
			.messages());
	}

	void delete(String queueUrl, Message message) {
		recovering(() -> sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle())));
	}

	/** Hides the received message for {@code delay} from now (whole seconds, rounded up). */
	void retryAfter(String queueUrl, Message message, Duration delay) {
		int seconds = wholeSeconds(delay);
		recovering(() -> sqs.changeMessageVisibility(
				b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(seconds)));
	}

	/**
	 * Sends the received message's body again, delivered after {@code delay} (at most SQS's 15 minutes), then
	 * deletes the received one. Should the delete fail, the work item gets two messages, which its idempotent
	 * handler takes in its stride.
	 */
	void resendAfter(String queueUrl, Message message, Duration delay) {
		int seconds = Math.min(MAX_DELAY_SECONDS, wholeSeconds(delay));
		recovering(() -> sqs.sendMessage(b -> b.queueUrl(queueUrl).messageBody(message.body()).delaySeconds(seconds)));
		delete(queueUrl, message);
	}

	private static int wholeSeconds(Duration delay) {
		return (int) ((delay.toMillis() + 999) / 1000);
	}

	private <T> T recovering(Supplier<T> call) {
		try {
			return call.get();
		}
		catch (QueueDoesNotExistException lost) {
			resources.recreateQueues();
			throw lost;
		}
	}

	/** What a message names; empty for a body that is not one of this job's messages. */
	Optional<M> read(Message message) {
		try {
			return subject.parse().apply(json.readTree(message.body()).path(subject.attribute()).asString(""));
		}
		catch (JacksonException unreadable) {
			return Optional.empty();
		}
	}

	static int receiveCount(Message message) {
		String count = message.attributes().get(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT);
		return count == null ? 0 : Integer.parseInt(count);
	}

}
