package dev.stratus.identity.internal;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * From a user's pool groups to the one role the app knows them by. Cognito lets an operator put a
 * user in several groups, or in one the app has never heard of; either must give a role, not a 500.
 */
final class Groups {

	private Groups() {
	}

	/** The most powerful of the four roles among the groups; a user in none of them is a guest. */
	static Role strongest(@Nullable Collection<String> groups) {
		if (groups == null) {
			return Role.GUEST;
		}
		return Arrays.stream(Role.values()).filter(role -> groups.contains(role.group())).findFirst()
				.orElse(Role.GUEST);
	}

	/** The token with {@code cognito:groups} reduced to that one role, as the rest of the app expects. */
	static Jwt withOneRole(Jwt jwt) {
		List<String> groups = jwt.getClaimAsStringList(Role.GROUPS_CLAIM);
		List<String> one = List.of(strongest(groups).group());
		if (one.equals(groups)) {
			return jwt;
		}
		return Jwt.withTokenValue(jwt.getTokenValue())
			.headers(headers -> headers.putAll(jwt.getHeaders()))
			.claims(claims -> {
				claims.putAll(jwt.getClaims());
				claims.put(Role.GROUPS_CLAIM, one);
			})
			.build();
	}

}
