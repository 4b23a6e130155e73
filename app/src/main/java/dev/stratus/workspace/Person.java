package dev.stratus.workspace;

/**
 * A signed-in user as the workspace knows them: from their token, since the workspace does not
 * depend on identity. A member keeps the email and name they had when they joined.
 */
public record Person(String userId, String email, String name) {
}
