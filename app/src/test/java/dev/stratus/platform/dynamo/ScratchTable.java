package dev.stratus.platform.dynamo;

import java.util.UUID;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/** A single-table-shaped table (PK/SK, GSI1) of a test's own, for what the shared tables would mix up. */
public final class ScratchTable {

	private ScratchTable() {
	}

	/** @return the new table's name, {@code prefix} and a random suffix */
	public static String create(DynamoDbClient dynamo, String prefix) {
		String name = prefix + UUID.randomUUID();
		dynamo.createTable(b -> b.tableName(name)
			.billingMode(BillingMode.PAY_PER_REQUEST)
			.attributeDefinitions(a -> a.attributeName("PK").attributeType(ScalarAttributeType.S),
					a -> a.attributeName("SK").attributeType(ScalarAttributeType.S),
					a -> a.attributeName("GSI1PK").attributeType(ScalarAttributeType.S),
					a -> a.attributeName("GSI1SK").attributeType(ScalarAttributeType.S))
			.keySchema(k -> k.attributeName("PK").keyType(KeyType.HASH),
					k -> k.attributeName("SK").keyType(KeyType.RANGE))
			.globalSecondaryIndexes(g -> g.indexName("GSI1")
				.keySchema(k -> k.attributeName("GSI1PK").keyType(KeyType.HASH),
						k -> k.attributeName("GSI1SK").keyType(KeyType.RANGE))
				.projection(p -> p.projectionType(ProjectionType.ALL))));
		dynamo.waiter().waitUntilTableExists(b -> b.tableName(name));
		return name;
	}

}
