package dev.stratus.identity.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.identity.UserChange;
import dev.stratus.identity.UserProfile;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.Timestamps;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.bool;
import static dev.stratus.platform.dynamo.Attributes.flag;
import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.num;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.str;

/**
 * A user as the local pool stores them.
 *
 * @param sessionsRevokedAt epoch millis; sessions started before it are over (password reset)
 */
record UserRecord(String id, String email, String name, String passwordHash, Role role, boolean confirmed,
		boolean disabled, Instant createdAt, long sessionsRevokedAt) {

	static final String SK = "PROFILE";

	/** GSI1 partition holding every user, sorted by creation time. */
	static final String ALL_USERS = "USERS";

	static String pk(String id) {
		return "USER#" + id;
	}

	static String emailGuard(String email) {
		return "EMAIL#" + email;
	}

	UserProfile profile() {
		return new UserProfile(id, email, name, role, confirmed, disabled, createdAt);
	}

	/** Whether this user counts towards the admins the pool must keep: an admin not disabled. */
	boolean activeAdmin() {
		return role == Role.ADMIN && !disabled;
	}

	UserRecord with(UserChange change) {
		return new UserRecord(id, email, name, passwordHash, change.role() != null ? change.role() : role, confirmed,
				change.disabled() != null ? change.disabled() : disabled, createdAt, sessionsRevokedAt);
	}

	/** Whether a session started at {@code startedAt} (epoch millis) may still be used. */
	boolean admits(long startedAt) {
		return !disabled && startedAt > sessionsRevokedAt;
	}

	Map<String, AttributeValue> toItem() {
		Map<String, AttributeValue> item = new HashMap<>(Attributes.key(pk(id), SK));
		item.put("id", s(id));
		item.put("email", s(email));
		item.put("name", s(name));
		item.put("passwordHash", s(passwordHash));
		item.put("role", s(role.group()));
		item.put("confirmed", bool(confirmed));
		item.put("disabled", bool(disabled));
		item.put("createdAt", s(Timestamps.format(createdAt)));
		item.put("sessionsRevokedAt", n(sessionsRevokedAt));
		item.put("GSI1PK", s(ALL_USERS));
		item.put("GSI1SK", s(Timestamps.format(createdAt) + "#" + id));
		return item;
	}

	static UserRecord from(Map<String, AttributeValue> item) {
		return new UserRecord(str(item, "id"), str(item, "email"), str(item, "name"),
				str(item, "passwordHash"), Role.fromGroup(str(item, "role")), flag(item, "confirmed"),
				flag(item, "disabled"), Instant.parse(str(item, "createdAt")), num(item, "sessionsRevokedAt"));
	}

	@Override
	public String toString() {
		return "UserRecord[id=" + id + ", role=" + role + ", confirmed=" + confirmed + ", disabled=" + disabled + "]";
	}

}
