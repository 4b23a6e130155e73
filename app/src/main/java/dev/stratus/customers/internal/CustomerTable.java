package dev.stratus.customers.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.customers.Customer;
import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.QueryPages;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Customers as the registration workflow inserts them ({@link #item}), read, listed by id and
 * deleted here. The insert itself is the workflow's ({@code dynamodb:putItem} with a condition), so
 * that it runs the same on Step Functions.
 */
@Component
public class CustomerTable {

	private static final String CUSTOMER = "CUSTOMER";

	/** The GSI1 partition of every customer, sorted by id. */
	private static final String ALL = "CUSTOMERS";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	CustomerTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(CustomerResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "executionId");
	}

	/** The physical table name, for the workflow's {@code ${CustomersTable}}. */
	public String name() {
		return table;
	}

	/** Registrations' {@code Idempotency-Key} claims, naming the execution each key started. */
	public IdempotencyClaims idempotencyClaims() {
		return idempotencyClaims;
	}

	static Map<String, AttributeValue> key(String id) {
		return Attributes.key(CUSTOMER + "#" + id, CUSTOMER);
	}

	public Optional<Customer> find(String id) {
		return stored(id).map(CustomerTable::customer);
	}

	/** A consistent read: what the insert's condition will meet. */
	Optional<Map<String, AttributeValue>> stored(String id) {
		Map<String, AttributeValue> item = dynamo.getItem(b -> b.tableName(table).key(key(id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(item);
	}

	/**
	 * Customers whose id starts with {@code prefix} (all when empty), in id order.
	 *
	 * @param nextToken the previous page's, or {@code null} for the first page
	 */
	public Page<Customer> list(String prefix, int limit, @Nullable String nextToken) {
		// DynamoDB refuses an empty string in a key condition, so no prefix is no begins_with.
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.indexName("GSI1")
			.keyConditionExpression(
					prefix.isEmpty() ? "GSI1PK = :all" : "GSI1PK = :all AND begins_with(GSI1SK, :prefix)")
			.expressionAttributeValues(
					prefix.isEmpty() ? Map.of(":all", s(ALL)) : Map.of(":all", s(ALL), ":prefix", s(prefix)))
			.build();
		return pages.read(query, "customers|" + prefix, limit, nextToken, CustomerTable::customer);
	}

	/** @return false when there was no such customer */
	public boolean delete(String id) {
		try {
			dynamo.deleteItem(b -> b.tableName(table).key(key(id)).conditionExpression("attribute_exists(PK)"));
			return true;
		}
		catch (ConditionalCheckFailedException gone) {
			return false;
		}
	}

	/** The item the workflow inserts for {@code customer}. */
	static Map<String, AttributeValue> item(Customer customer) {
		Map<String, AttributeValue> item = new HashMap<>(key(customer.id()));
		item.put("GSI1PK", s(ALL));
		item.put("GSI1SK", s(customer.id()));
		item.put("entityType", s(CUSTOMER));
		item.put("id", s(customer.id()));
		if (customer.name() != null) {
			item.put("name", s(customer.name()));
		}
		if (customer.email() != null) {
			item.put("email", s(customer.email()));
		}
		if (!customer.attributes().isEmpty()) {
			Map<String, AttributeValue> attributes = new HashMap<>();
			customer.attributes().forEach((name, value) -> attributes.put(name, s(value)));
			item.put("attributes", AttributeValue.fromM(attributes));
		}
		item.put("createdAt", time(customer.createdAt()));
		item.put("createdBy", s(customer.createdBy()));
		if (customer.apiKeyId() != null) {
			item.put("apiKeyId", s(customer.apiKeyId()));
		}
		item.put("executionId", s(customer.executionId()));
		return item;
	}

	static Customer customer(Map<String, AttributeValue> item) {
		Map<String, String> attributes = new HashMap<>();
		AttributeValue stored = item.get("attributes");
		if (stored != null && stored.hasM()) {
			stored.m().forEach((name, value) -> attributes.put(name, value.s()));
		}
		return new Customer(Attributes.str(item, "id"), Attributes.optStr(item, "name"),
				Attributes.optStr(item, "email"), attributes, Attributes.instant(item, "createdAt"),
				Attributes.str(item, "createdBy"), Attributes.optStr(item, "apiKeyId"),
				Attributes.str(item, "executionId"));
	}

}
