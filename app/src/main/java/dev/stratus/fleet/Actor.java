package dev.stratus.fleet;

/**
 * Who asks for an action, as the audit records them.
 *
 * @param admin whether the caller may act on instances at all (a refusal is audited too)
 * @param sourceIp the client's address (behind a trusted proxy, the client it names)
 * @param requestId the request's id, which the response and its log lines carry too
 */
public record Actor(String userId, String email, boolean admin, String sourceIp, String requestId) {
}
