package dev.stratus.identity.internal;

import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.ScratchTable;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * An identity table of a test's own, for what is counted across the whole pool (its admins): the
 * shared one holds every other test's users too.
 */
final class FreshTable {

	private FreshTable() {
	}

	static Items create(DynamoDbClient dynamo) {
		return new Items(dynamo, ScratchTable.create(dynamo, "identity-test-"));
	}

	static void drop(Items items) {
		items.dynamo().deleteTable(b -> b.tableName(items.table()));
	}

}
