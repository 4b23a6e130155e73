package dev.stratus.identity.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.stratus.identity.NewApiKey;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * API keys in the identity table: the key item {@code APIKEY#<prefix>/KEY} ({@link ApiKeyRecord}),
 * an id item {@code APIKEY_ID#<id>/KEY} that leads the admin API from the id to the prefix, and one
 * usage counter per UTC day {@code APIKEY#<prefix>/USAGE#<yyyy-mm-dd>}, beside the key it counts.
 */
@Component
public class ApiKeyStore {

	private static final String ID_SK = "KEY";

	private static final String PAGE_SCOPE = "api-keys";

	private static final String KEY = "key";

	private static final String KEY_ID = "key id";

	private final Items items;

	private final ApiKeySecrets secrets;

	private final QueryPages pages;

	ApiKeyStore(Items items, ApiKeySecrets secrets, QueryPages pages) {
		this.pages = pages;
		this.items = items;
		this.secrets = secrets;
	}

	/** Stores a new key made for {@code spec}; the whole key is in the answer and nowhere else. */
	public Created create(String ownerId, NewApiKey spec, Instant now) {
		String id = UUID.randomUUID().toString();
		while (true) {
			ApiKeySecrets.Generated generated = secrets.generate();
			ApiKeyRecord record = new ApiKeyRecord(id, generated.prefix(), generated.hash(), spec.name(),
					spec.scopes(), spec.rateLimitPerMinute(), spec.dailyQuota(), spec.expiresAt(), now, ownerId, null,
					null);
			if (insert(record)) {
				return new Created(record, generated.key());
			}
		}
	}

	/**
	 * Writes the key and its id item together.
	 * @return false when the prefix is taken already (the caller draws another)
	 */
	private boolean insert(ApiKeyRecord record) {
		Map<String, AttributeValue> byId = key(idPk(record.id()), ID_SK);
		byId.put("prefix", s(record.prefix()));
		LabelledWrites writes = new LabelledWrites()
			.add(KEY, TransactWriteItem.builder()
				.put(p -> p.tableName(items.table())
					.item(record.toItem())
					.conditionExpression("attribute_not_exists(PK)"))
				.build())
			.add(KEY_ID, TransactWriteItem.builder()
				.put(p -> p.tableName(items.table()).item(byId).conditionExpression("attribute_not_exists(PK)"))
				.build());
		try {
			items.dynamo().transactWriteItems(b -> b.transactItems(writes.items()));
			return true;
		}
		catch (TransactionCanceledException ex) {
			if (writes.reasons(ex).conditionFailed(KEY)) {
				return false;
			}
			throw ex;
		}
	}

	@Nullable
	public ApiKeyRecord byPrefix(String prefix) {
		Map<String, AttributeValue> item = items.get(ApiKeyRecord.pk(prefix), ApiKeyRecord.SK);
		return item == null ? null : ApiKeyRecord.from(item);
	}

	@Nullable
	public ApiKeyRecord byId(String id) {
		Map<String, AttributeValue> item = items.get(idPk(id), ID_SK);
		return item == null ? null : byPrefix(item.get("prefix").s());
	}

	/**
	 * Makes the key stop working at {@code at}, or keeps an earlier end it already has: revoking
	 * a key in its grace period ends the grace.
	 */
	public void revoke(String prefix, Instant at) {
		// Timestamps in one format compare as strings in time order.
		setTimestampIf(prefix, "revokesAt", ">", at);
	}

	/** Keys newest first, revoked ones included. */
	public Page<ApiKeyRecord> page(int limit, @Nullable String nextToken) {
		return pages.read(QueryRequest.builder()
			.tableName(items.table())
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :all")
			.expressionAttributeValues(Map.of(":all", s(ApiKeyRecord.ALL_KEYS)))
			.scanIndexForward(false)
			.build(), PAGE_SCOPE, limit, nextToken, ApiKeyStore::record);
	}

	/**
	 * Adds {@code requests} to the day's counter and moves the key's {@code lastUsedAt} forward.
	 * @return the day's total across every instance
	 */
	long addUsage(String prefix, LocalDate day, long requests, Instant lastUsedAt) {
		var counted = items.dynamo()
			.updateItem(b -> b.tableName(items.table())
				.key(key(ApiKeyRecord.pk(prefix), usageSk(day)))
				.updateExpression("ADD #count :n")
				.expressionAttributeNames(Map.of("#count", "count"))
				.expressionAttributeValues(Map.of(":n", n(requests)))
				.returnValues(ReturnValue.UPDATED_NEW));
		setTimestampIf(prefix, "lastUsedAt", "<", lastUsedAt);
		return num(counted.attributes(), "count");
	}

	/** The day's counted requests of each prefix (0 for a key unused that day), in one round trip. */
	public Map<String, Long> usage(List<String> prefixes, LocalDate day) {
		Map<String, Long> counts = new HashMap<>();
		if (prefixes.isEmpty()) {
			return counts;
		}
		var keys = prefixes.stream().distinct().map(prefix -> key(ApiKeyRecord.pk(prefix), usageSk(day))).toList();
		Map<String, KeysAndAttributes> pending = Map.of(items.table(), KeysAndAttributes.builder().keys(keys).build());
		while (!pending.isEmpty()) {
			Map<String, KeysAndAttributes> request = pending;
			var response = items.dynamo().batchGetItem(b -> b.requestItems(request));
			response.responses()
				.getOrDefault(items.table(), List.of())
				.forEach(item -> counts.put(item.get("PK").s().substring("APIKEY#".length()), num(item, "count")));
			pending = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		return counts;
	}

	public static ApiKeyRecord record(Map<String, AttributeValue> item) {
		return ApiKeyRecord.from(item);
	}

	/**
	 * Sets a timestamp of the key item to {@code at} when it has none yet or when the one it has
	 * compares to {@code at} as {@code replaced} says; else leaves it (an earlier end, a later use).
	 */
	private void setTimestampIf(String prefix, String attribute, String replaced, Instant at) {
		try {
			items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(ApiKeyRecord.pk(prefix), ApiKeyRecord.SK))
					.updateExpression("SET #at = :at")
					.conditionExpression(
							"attribute_exists(PK) AND (attribute_not_exists(#at) OR #at " + replaced + " :at)")
					.expressionAttributeNames(Map.of("#at", attribute))
					.expressionAttributeValues(Map.of(":at", s(Timestamps.format(at)))));
		}
		catch (ConditionalCheckFailedException keptAsItIs) {
			// Either way the item says what it should.
		}
	}

	private static String idPk(String id) {
		return "APIKEY_ID#" + id;
	}

	private static String usageSk(LocalDate day) {
		return "USAGE#" + day;
	}

	/** @param key the whole key: shown once, never stored or logged */
	public record Created(ApiKeyRecord record, String key) {

		@Override
		public String toString() {
			return "Created[" + record + "]";
		}

	}

}
