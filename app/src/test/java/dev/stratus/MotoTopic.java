package dev.stratus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An SNS topic on moto with an SQS queue subscribed to it, as an email subscription would be: with a filter policy
 * on the message attributes, and the SNS envelope delivered (subject, message, attributes), so a test sees what a
 * subscriber would get. Names are unique, so tests can share the JVM's {@link MotoServer}.
 */
public final class MotoTopic implements AutoCloseable {

	/** How long the adapter's client may take per publish, retries included. */
	public static final Duration CALL_TIMEOUT = Duration.ofSeconds(5);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final SnsClient sns;

	private final SqsClient sqs;

	private final String arn;

	private final String queueUrl;

	private final List<JsonNode> received = new ArrayList<>();

	private MotoTopic(SnsClient sns, SqsClient sqs, String arn, String queueUrl) {
		this.sns = sns;
		this.sqs = sqs;
		this.arn = arn;
		this.queueUrl = queueUrl;
	}

	/**
	 * A new topic whose subscriber takes only the messages {@code filterPolicy} (SNS's JSON) selects.
	 * Skips the calling test where moto is not installed.
	 */
	public static MotoTopic subscribed(String filterPolicy) {
		MotoServer moto = MotoServer.shared();
		SnsClient sns = MotoServer.at(SnsClient.builder(), moto.endpoint(), MotoServer.REGION)
			.overrideConfiguration(c -> c.apiCallTimeout(CALL_TIMEOUT))
			.build();
		SqsClient sqs = moto.client(SqsClient.builder());
		String name = "stratus-notifications-" + UUID.randomUUID();
		String arn = sns.createTopic(b -> b.name(name)).topicArn();
		String queueUrl = sqs.createQueue(b -> b.queueName(name)).queueUrl();
		String queueArn = "arn:aws:sqs:" + MotoServer.REGION.id() + ":" + MotoServer.ACCOUNT + ":" + name;
		sns.subscribe(b -> b.topicArn(arn)
			.protocol("sqs")
			.endpoint(queueArn)
			.attributes(Map.of("FilterPolicy", filterPolicy)));
		return new MotoTopic(sns, sqs, arn, queueUrl);
	}

	public String arn() {
		return arn;
	}

	/** The client the adapter under test publishes with (its call timeout is {@link #CALL_TIMEOUT}). */
	public SnsClient sns() {
		return sns;
	}

	/** Waits until the subscriber has received {@code count} messages in all, and returns their SNS envelopes. */
	public List<JsonNode> delivered(int count) {
		Awaitility.await("messages delivered to the subscriber")
			.atMost(Duration.ofSeconds(10))
			.until(() -> receive().size() >= count);
		return List.copyOf(received);
	}

	/** The string value of message attribute {@code name} in an SNS envelope. */
	public static String attribute(JsonNode envelope, String name) {
		return envelope.path("MessageAttributes").path(name).path("Value").asString();
	}

	private List<JsonNode> receive() {
		for (Message message : sqs.receiveMessage(b -> b.queueUrl(queueUrl).maxNumberOfMessages(10)).messages()) {
			received.add(JSON.readTree(message.body()));
			sqs.deleteMessage(b -> b.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
		}
		return received;
	}

	@Override
	public void close() {
		sns.close();
		sqs.close();
	}

}
