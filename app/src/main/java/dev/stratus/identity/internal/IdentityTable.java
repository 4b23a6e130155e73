package dev.stratus.identity.internal;

import java.util.Map;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.TableSpec;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.key;

/**
 * The identity table. Items: {@code USER#id/PROFILE}, the uniqueness guard {@code EMAIL#email},
 * codes {@code USER#id/CODE#purpose}, sessions {@code USER#id/SESSION#id} (with the client they
 * signed in from and their last use: {@link SessionItems}), refresh tokens
 * {@code REFRESH#hash}, signing keys {@code SIGNING_KEY/KEY#kid} (sealed), the count of active
 * admins {@code ADMINS/COUNT}, sign-in and code counters {@code THROTTLE#…}; in AWS mode, ended
 * Cognito sessions {@code COGNITO#sub/…}, {@code COGNITO_REFRESH#hash} and the admin-change lock
 * {@code ADMINS/LOCK}. GSI1 lists users newest first.
 */
@Configuration(proxyBeanMethods = false)
class IdentityTable {

	static final TableSpec SPEC = TableSpec.singleTable("identity", "GSI1");

	@Bean
	TableSpec identityTableSpec() {
		return SPEC;
	}

	@Bean
	Items identityItems(DynamoDbClient dynamo, CloudResources resources) {
		return new Items(dynamo, resources.tableName(SPEC));
	}

	/** The client and the table's physical name; attribute helpers are the platform's {@code Attributes}. */
	record Items(DynamoDbClient dynamo, String table) {

		@Nullable
		Map<String, AttributeValue> get(String pk, String sk) {
			var item = dynamo.getItem(b -> b.tableName(table).key(key(pk, sk)).consistentRead(true));
			return item.hasItem() && !item.item().isEmpty() ? item.item() : null;
		}

	}

}
