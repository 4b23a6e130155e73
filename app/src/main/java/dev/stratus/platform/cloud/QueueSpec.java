package dev.stratus.platform.cloud;

/**
 * An SQS queue with its dead-letter queue ({@code <name>-dlq}): after {@code maxReceiveCount}
 * receives without a delete, a message moves there.
 */
public record QueueSpec(String name, int maxReceiveCount, int visibilityTimeoutSeconds) {

	public String deadLetterName() {
		return name + "-dlq";
	}

}
