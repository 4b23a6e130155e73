package dev.stratus.workspace.internal.activity;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Where a stored activity entry is, as the fan-out's messages name it: {@code <partition>|<sortKey>}, as in
 * {@code PROJECT#<projectId>|ACTIVITY#<createdAt>#<activityId>}.
 */
public record ActivityRef(String partition, String sortKey) {

	private static final Pattern TEXT = Pattern
		.compile("((?:PROJECT|USER)#[A-Za-z0-9-]{1,64})\\|(ACTIVITY#[0-9T:.Z-]{1,40}#[0-9a-f-]{36})");

	/** {@code <partition>|<sortKey>}. */
	public String text() {
		return partition + "|" + sortKey;
	}

	/** Empty for text that names no entry. */
	public static Optional<ActivityRef> parse(String text) {
		Matcher matcher = TEXT.matcher(text);
		return matcher.matches() ? Optional.of(new ActivityRef(matcher.group(1), matcher.group(2))) : Optional.empty();
	}

	Map<String, AttributeValue> key() {
		return Attributes.key(partition, sortKey);
	}

	/** The entry's own part of its sort key, {@code <createdAt>#<activityId>}: its place in every time-ordered list. */
	String timeKey() {
		return sortKey.substring(sortKey.indexOf('#') + 1);
	}

	boolean inProject() {
		return partition.startsWith("PROJECT#");
	}

}
