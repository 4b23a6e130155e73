package dev.stratus.identity.internal;

import java.util.List;
import java.util.Map;

import dev.stratus.identity.UserChange;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.key;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * The local pool's users. An {@code EMAIL#} guard item, written in the same transaction as the
 * user, keeps emails unique even when two sign-ups race. An {@code ADMINS/COUNT} item counts the
 * active admins (not disabled) and changes in the same transaction as any user who joins or
 * leaves them, on the condition that one stays: two admins demoting each other at the same moment
 * cannot both succeed.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class Users {

	private static final String ADMINS_PK = "ADMINS";

	private static final String ADMINS_SK = "COUNT";

	/** The labels of a transaction's writes, by which its cancellation reasons are read. */
	private static final String EMAIL_GUARD = "email guard";

	private static final String USER = "user";

	private static final String ALONGSIDE = "alongside";

	private static final String ADMIN_COUNT = "admin count";

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
		LabelledWrites writes = new LabelledWrites()
			.add(EMAIL_GUARD, TransactWriteItem.builder()
				.put(p -> p.tableName(items.table()).item(guard).conditionExpression("attribute_not_exists(PK)"))
				.build())
			.add(USER, TransactWriteItem.builder()
				.put(p -> p.tableName(items.table())
					.item(user.toItem())
					.conditionExpression("attribute_not_exists(PK)"))
				.build());
		if (alongside != null) {
			writes.add(ALONGSIDE, TransactWriteItem.builder().put(alongside).build());
		}
		if (user.activeAdmin()) {
			writes.add(ADMIN_COUNT, countAdmins(1));
		}
		try {
			items.dynamo().transactWriteItems(b -> b.transactItems(writes.items()));
			return true;
		}
		catch (TransactionCanceledException ex) {
			if (writes.reasons(ex).conditionFailed(EMAIL_GUARD)) {
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

	/**
	 * @return the changed user, or null when there is none with this id
	 * @throws LastAdminException when the change would leave no active admin
	 */
	@Nullable
	UserRecord update(String id, UserChange change) {
		while (true) {
			UserRecord before = byId(id);
			if (before == null) {
				return null;
			}
			UserRecord after = before.with(change);
			// Written only if the user is still as read, so the count below moves with what really changed.
			LabelledWrites writes = new LabelledWrites().add(USER, TransactWriteItem.builder()
				.update(u -> u.tableName(items.table())
					.key(key(UserRecord.pk(id), UserRecord.SK))
					.updateExpression("SET #role = :role, disabled = :disabled")
					.conditionExpression("#role = :wasRole AND disabled = :wasDisabled")
					.expressionAttributeNames(Map.of("#role", "role"))
					.expressionAttributeValues(Map.of(":role", s(after.role().group()), ":disabled",
							bool(after.disabled()), ":wasRole", s(before.role().group()), ":wasDisabled",
							bool(before.disabled()))))
				.build());
			int joins = (after.activeAdmin() ? 1 : 0) - (before.activeAdmin() ? 1 : 0);
			if (joins != 0) {
				writes.add(ADMIN_COUNT, countAdmins(joins));
			}
			try {
				items.dynamo().transactWriteItems(b -> b.transactItems(writes.items()));
				return after;
			}
			catch (TransactionCanceledException ex) {
				var why = writes.reasons(ex);
				if (why.conditionFailed(ADMIN_COUNT)) {
					throw new LastAdminException();
				}
				if (!why.conditionFailed(USER)) {
					throw ex;
				}
				// Changed meanwhile (or gone): read it again.
			}
		}
	}

	/** How many active admins the pool has, as counted in the data. */
	long activeAdmins() {
		ensureAdminCount();
		return num(items.get(ADMINS_PK, ADMINS_SK), "active");
	}

	/**
	 * Moves the count of active admins by {@code by}; a decrease only while more than one remains.
	 * The count must exist: it is made from the users themselves the first time it is needed.
	 */
	private TransactWriteItem countAdmins(int by) {
		ensureAdminCount();
		return TransactWriteItem.builder()
			.update(u -> u.tableName(items.table())
				.key(key(ADMINS_PK, ADMINS_SK))
				.updateExpression("ADD active :by")
				.conditionExpression(by < 0 ? "active > :one" : "attribute_exists(active)")
				.expressionAttributeValues(by < 0 ? Map.of(":by", n(by), ":one", n(1)) : Map.of(":by", n(by))))
			.build();
	}

	/**
	 * Data written before the count existed has admins too: count them once. No admin can join or
	 * leave meanwhile, since every such change needs the count to exist.
	 */
	private void ensureAdminCount() {
		if (items.get(ADMINS_PK, ADMINS_SK) != null) {
			return;
		}
		Map<String, AttributeValue> count = key(ADMINS_PK, ADMINS_SK);
		count.put("active", n(emailsOf(Role.ADMIN).size()));
		try {
			items.dynamo()
				.putItem(b -> b.tableName(items.table()).item(count).conditionExpression("attribute_not_exists(PK)"));
		}
		catch (ConditionalCheckFailedException countedMeanwhile) {
			// Another request counted first; its count is as good as ours.
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

	/** Every user, newest first, to be read a page at a time ({@code QueryPages}). */
	QueryRequest newestFirst() {
		return QueryRequest.builder()
			.tableName(items.table())
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :all")
			.expressionAttributeValues(Map.of(":all", s(UserRecord.ALL_USERS)))
			.scanIndexForward(false)
			.build();
	}

	/** The change would leave the pool without an active admin. */
	static class LastAdminException extends RuntimeException {

		LastAdminException() {
			super("The last active admin cannot be demoted or disabled", null, false, false);
		}

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
