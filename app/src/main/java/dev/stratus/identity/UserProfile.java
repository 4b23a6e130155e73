package dev.stratus.identity;

import java.time.Instant;

import dev.stratus.platform.security.Role;

/** A user as the API shows them; never the password hash. */
public record UserProfile(String userId, String email, String name, Role role, boolean emailVerified,
		boolean disabled, Instant createdAt) {
}
