package dev.stratus.identity.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.identity.UserChange;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static dev.stratus.identity.internal.IdentityTable.Items.bool;
import static dev.stratus.identity.internal.IdentityTable.Items.key;
import static dev.stratus.identity.internal.IdentityTable.Items.n;
import static dev.stratus.identity.internal.IdentityTable.Items.s;

/**
 * The local pool's users. An {@code EMAIL#} guard item, written in the same transaction as the
 * user, keeps emails unique even when two sign-ups race.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class Users {

	private final Items items;

	Users(Items items) {
		this.items = items;
	}

	/**
	 * Stores a new user, with {@code alongside} (their first code) in the same transaction.
	 * @return false when the email is taken
	 */
	boolean create(UserRecord user, @Nullable Put alongside) {
		Map<String, AttributeValue> guard = key(UserRecord.emailGuard(user.email()), "EMAIL");
		guard.put("userId", s(user.id()));
		List<TransactWriteItem> writes = new ArrayList<>();
		writes.add(TransactWriteItem.builder()
			.put(p -> p.tableName(items.table()).item(guard).conditionExpression("attribute_not_exists(PK)"))
			.build());
		writes.add(TransactWriteItem.builder()
			.put(p -> p.tableName(items.table()).item(user.toItem()).conditionExpression("attribute_not_exists(PK)"))
			.build());
		if (alongside != null) {
			writes.add(TransactWriteItem.builder().put(alongside).build());
		}
		try {
			items.dynamo().transactWriteItems(b -> b.transactItems(writes));
			return true;
		}
		catch (TransactionCanceledException ex) {
			if (Items.failedOn(ex, 0)) {
				return false;
			}
			throw ex;
		}
	}

	@Nullable
	UserRecord byId(String id) {
		Map<String, AttributeValue> item = items.get(UserRecord.pk(id), UserRecord.SK);
		return item == null ? null : UserRecord.from(item);
	}

	@Nullable
	UserRecord byEmail(String email) {
		Map<String, AttributeValue> guard = items.get(UserRecord.emailGuard(email), "EMAIL");
		return guard == null ? null : byId(guard.get("userId").s());
	}

	/** @return the changed user, or null when there is none with this id */
	@Nullable
	UserRecord update(String id, UserChange change) {
		List<String> sets = new ArrayList<>();
		Map<String, AttributeValue> values = new HashMap<>();
		if (change.role() != null) {
			sets.add("#role = :role");
			values.put(":role", s(change.role().group()));
		}
		if (change.disabled() != null) {
			sets.add("disabled = :disabled");
			values.put(":disabled", bool(change.disabled()));
		}
		try {
			var updated = items.dynamo()
				.updateItem(b -> b.tableName(items.table())
					.key(key(UserRecord.pk(id), UserRecord.SK))
					.updateExpression("SET " + String.join(", ", sets))
					.conditionExpression("attribute_exists(PK)")
					.expressionAttributeNames(change.role() != null ? Map.of("#role", "role") : null)
					.expressionAttributeValues(values)
					.returnValues(ReturnValue.ALL_NEW));
			return UserRecord.from(updated.attributes());
		}
		catch (ConditionalCheckFailedException noSuchUser) {
			return null;
		}
	}

	/** Marks the email as proven; used together with spending the confirmation code. */
	Update confirmation(String id) {
		return Update.builder()
			.tableName(items.table())
			.key(key(UserRecord.pk(id), UserRecord.SK))
			.updateExpression("SET confirmed = :yes")
			.conditionExpression("attribute_exists(PK)")
			.expressionAttributeValues(Map.of(":yes", bool(true)))
			.build();
	}

	/**
	 * Sets a new password and ends every session started before now. Proving the code also proves
	 * the email, so it counts as confirmation.
	 */
	Update passwordReset(String id, String passwordHash, long now) {
		return Update.builder()
			.tableName(items.table())
			.key(key(UserRecord.pk(id), UserRecord.SK))
			.updateExpression("SET passwordHash = :hash, sessionsRevokedAt = :now, confirmed = :yes")
			.conditionExpression("attribute_exists(PK)")
			.expressionAttributeValues(Map.of(":hash", s(passwordHash), ":now", n(now), ":yes", bool(true)))
			.build();
	}

	/** One page of users, newest first. */
	QueryResponse page(int limit, @Nullable Map<String, AttributeValue> startAfter) {
		return items.dynamo()
			.query(b -> b.tableName(items.table())
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :all")
				.expressionAttributeValues(Map.of(":all", s(UserRecord.ALL_USERS)))
				.scanIndexForward(false)
				.limit(limit)
				.exclusiveStartKey(startAfter));
	}

	List<String> emailsOf(Role role) {
		return items.dynamo()
			.queryPaginator(b -> b.tableName(items.table())
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :all")
				.filterExpression("#role = :role AND disabled = :no")
				.expressionAttributeNames(Map.of("#role", "role"))
				.expressionAttributeValues(
						Map.of(":all", s(UserRecord.ALL_USERS), ":role", s(role.group()), ":no", bool(false))))
			.items()
			.stream()
			.map(item -> item.get("email").s())
			.toList();
	}

}
