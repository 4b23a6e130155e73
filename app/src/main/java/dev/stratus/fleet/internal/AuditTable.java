package dev.stratus.fleet.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.fleet.AuditEntry;
import dev.stratus.fleet.AuditQuery;
import dev.stratus.fleet.FleetAction;
import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * The append-only audit log. An entry is put only where none is ({@code attribute_not_exists}), and the one
 * change it ever takes is its completion: from {@code PENDING} to its result, on that condition. Nothing here
 * deletes.
 */
@Component
public class AuditTable {

	private static final String AUDIT = "AUDIT";

	/** The write of the entry in its transaction. */
	private static final String ENTRY = "audit entry";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	AuditTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(FleetResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "actionId");
	}

	/** Actions' {@code Idempotency-Key} claims, each naming the audit entry of the first request. */
	public IdempotencyClaims idempotencyClaims() {
		return idempotencyClaims;
	}

	/**
	 * Writes a new entry, with the request's idempotency claim when it has one.
	 *
	 * @return the claim that was there first (a concurrent retry's), in which case nothing was written
	 */
	public Optional<IdempotencyClaims.Used> append(AuditEntry entry, IdempotencyClaims.@Nullable Claim claim) {
		TransactWriteItem put = TransactWriteItem.builder()
			.put(p -> p.tableName(table).item(item(entry)).conditionExpression("attribute_not_exists(PK)"))
			.build();
		if (claim == null) {
			dynamo.putItem(p -> p.tableName(table).item(item(entry)).conditionExpression("attribute_not_exists(PK)"));
			return Optional.empty();
		}
		LabelledWrites writes = new LabelledWrites().add(ENTRY, put)
			.add(IdempotencyClaims.LABEL, idempotencyClaims.claim(claim, entry.id(), entry.timestamp()));
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return Optional.empty();
		}
		catch (TransactionCanceledException cancelled) {
			Optional<IdempotencyClaims.Used> used = idempotencyClaims.usedAfter(writes.reasons(cancelled), claim);
			if (used.isEmpty()) {
				throw cancelled;
			}
			return used;
		}
	}

	/**
	 * Completes a PENDING entry with its result, once.
	 *
	 * @throws IllegalStateException when the entry is not PENDING (it was completed already)
	 */
	public void complete(String id, AuditEntry.Result result, @Nullable String error) {
		Map<String, AttributeValue> values = new HashMap<>();
		values.put(":result", s(result.name()));
		values.put(":pending", s(AuditEntry.Result.PENDING.name()));
		if (error != null) {
			values.put(":error", s(error));
		}
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(key(id))
				.updateExpression(error == null ? "SET #result = :result" : "SET #result = :result, #error = :error")
				.conditionExpression("#result = :pending")
				.expressionAttributeNames(error == null ? Map.of("#result", "result")
						: Map.of("#result", "result", "#error", "error"))
				.expressionAttributeValues(values));
		}
		catch (ConditionalCheckFailedException ex) {
			throw new IllegalStateException("Audit entry " + id + " is not PENDING", ex);
		}
	}

	public Optional<AuditEntry> find(String id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(entry(item));
	}

	/** Entries newest first; the time range is GSI1's key condition, the rest a filter. */
	public Page<AuditEntry> list(AuditQuery query, int limit, @Nullable String nextToken) {
		Map<String, AttributeValue> values = new HashMap<>();
		Map<String, String> names = new HashMap<>();
		values.put(":all", s(AUDIT));
		String keyCondition = "GSI1PK = :all";
		if (query.from() != null) {
			values.put(":from", s(Timestamps.format(query.from())));
		}
		if (query.to() != null) {
			// '~' sorts after the '#<id>' of every entry at that very millisecond, so "to" is inclusive.
			values.put(":to", s(Timestamps.format(query.to()) + "#~"));
		}
		if (query.from() != null && query.to() != null) {
			keyCondition += " AND GSI1SK BETWEEN :from AND :to";
		}
		else if (query.from() != null) {
			keyCondition += " AND GSI1SK >= :from";
		}
		else if (query.to() != null) {
			keyCondition += " AND GSI1SK <= :to";
		}
		List<String> filters = new ArrayList<>();
		filter(filters, names, values, "instanceId", query.instanceId());
		filter(filters, names, values, "userId", query.userId());
		filter(filters, names, values, "action", query.action() == null ? null : query.action().name());
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.indexName("GSI1")
			.keyConditionExpression(keyCondition)
			.expressionAttributeValues(values)
			.scanIndexForward(false);
		if (!filters.isEmpty()) {
			request.filterExpression(String.join(" AND ", filters)).expressionAttributeNames(names);
		}
		return pages.read(request.build(), query.scope(), limit, nextToken, AuditTable::entry);
	}

	private static void filter(List<String> filters, Map<String, String> names, Map<String, AttributeValue> values,
			String attribute, @Nullable String value) {
		if (value != null) {
			filters.add("#" + attribute + " = :" + attribute);
			names.put("#" + attribute, attribute);
			values.put(":" + attribute, s(value));
		}
	}

	private static Map<String, AttributeValue> key(String id) {
		return Attributes.key(AUDIT + "#" + id, AUDIT);
	}

	static Map<String, AttributeValue> item(AuditEntry entry) {
		Map<String, AttributeValue> item = new HashMap<>(key(entry.id()));
		item.put("GSI1PK", s(AUDIT));
		item.put("GSI1SK", s(Attributes.timeKey(entry.timestamp(), entry.id())));
		item.put("id", s(entry.id()));
		item.put("timestamp", time(entry.timestamp()));
		item.put("userId", s(entry.userId()));
		item.put("userEmail", s(entry.userEmail()));
		item.put("action", s(entry.action().name()));
		item.put("instanceId", s(entry.instanceId()));
		item.put("reason", s(entry.reason()));
		item.put("result", s(entry.result().name()));
		if (entry.error() != null) {
			item.put("error", s(entry.error()));
		}
		item.put("requestId", s(entry.requestId()));
		item.put("sourceIp", s(entry.sourceIp()));
		if (entry.fromState() != null) {
			item.put("fromState", s(entry.fromState()));
		}
		return item;
	}

	static AuditEntry entry(Map<String, AttributeValue> item) {
		return new AuditEntry(Attributes.str(item, "id"), Attributes.instant(item, "timestamp"),
				Attributes.str(item, "userId"), Attributes.str(item, "userEmail"),
				FleetAction.valueOf(Attributes.str(item, "action")), Attributes.str(item, "instanceId"),
				Attributes.str(item, "reason"), AuditEntry.Result.valueOf(Attributes.str(item, "result")),
				Attributes.optStr(item, "error"), Attributes.str(item, "requestId"), Attributes.str(item, "sourceIp"),
				Attributes.optStr(item, "fromState"));
	}

}
