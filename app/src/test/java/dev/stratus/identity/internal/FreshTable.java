package dev.stratus.identity.internal;

import java.util.UUID;

import dev.stratus.identity.internal.IdentityTable.Items;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

/**
 * An identity table of a test's own, for what is counted across the whole pool (its admins): the
 * shared one holds every other test's users too.
 */
final class FreshTable {

	private FreshTable() {
	}

	static Items create(DynamoDbClient dynamo) {
		String name = "identity-test-" + UUID.randomUUID();
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
		return new Items(dynamo, name);
	}

	static void drop(Items items) {
		items.dynamo().deleteTable(b -> b.tableName(items.table()));
	}

}
