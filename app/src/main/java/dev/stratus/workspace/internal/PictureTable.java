package dev.stratus.workspace.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.workspace.ProfilePicture;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Users' profile pictures: one item {@code USER#<userId>} / {@code PICTURE} naming the object that is the
 * picture now. Each write is conditional on the object the writer saw there, so of two concurrent replaces one
 * wins and the other learns it, and no object is left that no item names.
 */
@Component
public class PictureTable {

	private static final String SORT_KEY = "PICTURE";

	private static final String PICTURE = "picture";

	private final DynamoDbClient dynamo;

	private final String table;

	PictureTable(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** The picture and the key of its object. */
	public record Stored(ProfilePicture picture, String key) {
	}

	public Optional<Stored> find(String userId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(key(userId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty()
				: Optional.of(new Stored(new ProfilePicture(Attributes.str(item, "contentType"),
						Attributes.num(item, "sizeBytes"), Attributes.instant(item, "uploadedAt")),
						Attributes.str(item, "key")));
	}

	/**
	 * Records {@code now} as the picture, with the activity entry, if {@code before} is still the one there.
	 * @return whether it was recorded
	 */
	public boolean replace(String userId, @Nullable Stored before, Stored now, ActivityEntry activity) {
		Map<String, AttributeValue> item = new HashMap<>(key(userId));
		item.put("entityType", s("PROFILE_PICTURE"));
		item.put("contentType", s(now.picture().contentType()));
		item.put("sizeBytes", n(now.picture().sizeBytes()));
		item.put("uploadedAt", time(now.picture().uploadedAt()));
		item.put("key", s(now.key()));
		TransactWriteItem put = TransactWriteItem.builder()
			.put(b -> b.tableName(table)
				.item(item)
				.conditionExpression(before == null ? "attribute_not_exists(PK)" : "#key = :before")
				.expressionAttributeNames(before == null ? null : Map.of("#key", "key"))
				.expressionAttributeValues(before == null ? null : Map.of(":before", s(before.key()))))
			.build();
		return Transactions.run(dynamo, new LabelledWrites().add(PICTURE, put).addAll(activity.writes())).isEmpty();
	}

	/** Removes the record of {@code before}, with the activity entry, if it is still the one there. */
	public boolean remove(String userId, Stored before, ActivityEntry activity) {
		TransactWriteItem delete = TransactWriteItem.builder()
			.delete(b -> b.tableName(table)
				.key(key(userId))
				.conditionExpression("#key = :before")
				.expressionAttributeNames(Map.of("#key", "key"))
				.expressionAttributeValues(Map.of(":before", s(before.key()))))
			.build();
		return Transactions.run(dynamo, new LabelledWrites().add(PICTURE, delete).addAll(activity.writes()))
			.isEmpty();
	}

	private static Map<String, AttributeValue> key(String userId) {
		return Attributes.key("USER#" + userId, SORT_KEY);
	}

}
