package dev.stratus.identity;

import dev.stratus.platform.security.Role;
import org.jspecify.annotations.Nullable;

/** An admin's change to a user; a null field stays as it is. */
public record UserChange(@Nullable Role role, @Nullable Boolean disabled) {

	public boolean isEmpty() {
		return role == null && disabled == null;
	}

}
