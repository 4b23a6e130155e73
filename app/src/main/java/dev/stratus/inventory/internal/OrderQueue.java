package dev.stratus.inventory.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.stratus.inventory.OrderId;
import dev.stratus.platform.cloud.CloudResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The orders queue and its dead-letter queue. A message is just {@code {"orderId": "..."}}: the
 * order in the table is the truth, so a stale or repeated message can do no harm.
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
		return resources.queueUrl(settings.queue());
	}

	String deadLetterUrl() {
		return resources.deadLetterQueueUrl(settings.queue());
	}

	/** Sends in batches of ten. @return the order ids whose message SQS accepted */
	public Set<String> send(List<String> orderIds) {
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

	List<Message> receive(String queueUrl, int waitSeconds, int max) {
		return sqs
			.receiveMessage(b -> b.queueUrl(queueUrl)
				.maxNumberOfMessages(max)
				.waitTimeSeconds(waitSeconds)
				.messageSystemAttributeNames(MessageSystemAttributeName.APPROXIMATE_RECEIVE_COUNT))
			.messages();
	}

	void delete(String queueUrl, Message message) {
		sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
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
