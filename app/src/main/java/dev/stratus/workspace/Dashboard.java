package dev.stratus.workspace;

import java.util.Map;

/**
 * Counts over the projects a user is in.
 *
 * @param teamMembers distinct people in those projects' teams, the user included
 * @param deploymentsByStatus every deployment status, zero when there are none
 * @param activity24h the user's activity entries of the last 24 hours
 */
public record Dashboard(long projects, long generations, long teamMembers, Map<String, Long> deploymentsByStatus,
		long activity24h) {
}
