package dev.stratus.platform.jobs;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Dead letters, newest first. @param lastKey where the next page starts; {@code null} on the last page */
public record DeadLetterPage(List<DeadLetter> items, @Nullable Map<String, AttributeValue> lastKey) {
}
