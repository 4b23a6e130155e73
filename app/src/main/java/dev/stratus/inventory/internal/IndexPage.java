package dev.stratus.inventory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.stratus.platform.dynamo.Attributes;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One page of a time-ordered index partition, newest first. Filters apply after the key condition,
 * so it keeps querying until it has {@code limit} matching items or reaches the end; the resume
 * key is the last item handed out, never one the caller has not seen.
 *
 * @param lastKey where the next page starts; {@code null} on the last page
 */
public record IndexPage(List<Map<String, AttributeValue>> items, @Nullable Map<String, AttributeValue> lastKey) {

	static IndexPage read(DynamoDbClient dynamo, String table, String index, String partition,
			@Nullable Map<String, AttributeValue> start, int limit, Predicate<Map<String, AttributeValue>> matches) {
		List<Map<String, AttributeValue>> found = new ArrayList<>();
		Map<String, AttributeValue> from = start;
		int pageSize = Math.max(limit + 1, 25);
		while (true) {
			Map<String, AttributeValue> exclusiveStart = from;
			QueryResponse response = dynamo.query(b -> b.tableName(table)
				.indexName(index)
				.keyConditionExpression("#pk = :pk")
				.expressionAttributeNames(Map.of("#pk", index + "PK"))
				.expressionAttributeValues(Map.of(":pk", Attributes.s(partition)))
				.scanIndexForward(false)
				.limit(pageSize)
				.exclusiveStartKey(exclusiveStart));
			List<Map<String, AttributeValue>> items = response.items();
			boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
			for (int i = 0; i < items.size(); i++) {
				if (!matches.test(items.get(i))) {
					continue;
				}
				found.add(items.get(i));
				if (found.size() == limit) {
					boolean after = i < items.size() - 1 || more;
					return new IndexPage(found, after ? keyOf(items.get(i), index) : null);
				}
			}
			if (!more) {
				return new IndexPage(found, null);
			}
			from = response.lastEvaluatedKey();
		}
	}

	private static Map<String, AttributeValue> keyOf(Map<String, AttributeValue> item, String index) {
		Map<String, AttributeValue> key = new HashMap<>();
		for (String name : List.of(Attributes.PK, Attributes.SK, index + "PK", index + "SK")) {
			key.put(name, item.get(name));
		}
		return key;
	}

}
