package dev.stratus.inventory.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import dev.stratus.inventory.OrderId;
import dev.stratus.platform.cloud.CloudResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orders queue and its dead-letter queue. A message is just {@code {"orderId": "..."}}: the
 * order in the table is the truth, so a stale or repeated message can do no harm.
 * <p>
 * A restarted local SQS has lost its queues: told a queue does not exist, every call here has them
 * re-created, so the relay, the worker and the dead-letter handler carry on. Sending then tries
 * once more; the other calls fail as before and their loop repeats the step after its pause.
 */
@Component
public class OrderQueue {

	/** SQS takes at most this many messages per batch. */
	static final int BATCH = 10;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SqsClient sqs;

	private final CloudResources resources;

	private final PipelineSettings settings;

	OrderQueue(SqsClient sqs, CloudResources resources, PipelineSettings settings) {
		this.sqs = sqs;
		this.resources = resources;
		this.settings = settings;
	}

	String url() {
		return recovering(() -> resources.queueUrl(settings.queue()));
	}

	String deadLetterUrl() {
		return recovering(() -> resources.deadLetterQueueUrl(settings.queue()));
	}

	/** Sends in batches of ten. @return the order ids whose message SQS accepted */
	public Set<String> send(List<String> orderIds) {
		try {
			return sendOnce(orderIds);
		}
		catch (QueueDoesNotExistException lost) {
			resources.recreateQueues();
			return sendOnce(orderIds);
		}
	}

	private Set<String> sendOnce(List<String> orderIds) {
		Set<String> sent = new HashSet<>();
		for (int from = 0; from < orderIds.size(); from += BATCH) {
			List<SendMessageBatchRequestEntry> entries = new ArrayList<>();
			List<String> batch = orderIds.subList(from, Math.min(orderIds.size(), from + BATCH));
			for (int i = 0; i < batch.size(); i++) {
				entries.add(SendMessageBatchRequestEntry.builder()
					.id(Integer.toString(i))
					.messageBody(json.writeValueAsString(java.util.Map.of("orderId", batch.get(i))))
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
		int seconds = (int) ((delay.toMillis() + 999) / 1000);
		recovering(() -> sqs.changeMessageVisibility(
				b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(seconds)));
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

	/** The order a message is about; empty for a body that is not an order message. */
	Optional<OrderId> orderId(Message message) {
		try {
			return OrderId.parse(json.readTree(message.body()).path("orderId").asString(""));
		}
		catch (JacksonException unreadable) {
			return Optional.empty();
		}
	}

}
