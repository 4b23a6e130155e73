package dev.stratus.platform.security;

/**
 * The user pool's groups. A token carries them in {@code cognito:groups}; Spring Security sees
 * them as authorities {@code ROLE_ADMIN}, {@code ROLE_MANAGER}, ….
 */
public enum Role {

	ADMIN, MANAGER, USER, GUEST;

	public static final String GROUPS_CLAIM = "cognito:groups";

	/** The group name as tokens and the API spell it: {@code admin}. */
	public String group() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/**
	 * @throws IllegalArgumentException for anything but the four group names
	 */
	public static Role fromGroup(String group) {
		for (Role role : values()) {
			if (role.group().equals(group)) {
				return role;
			}
		}
		throw new IllegalArgumentException("Unknown role '" + group + "'");
	}

}
