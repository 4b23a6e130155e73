package dev.stratus.workspace;

import java.util.List;
import java.util.Set;

/**
 * The activity types, in one place. Each mutation of the workspace writes one entry of one of them
 * ({@link #ALL}); the {@link #NOTIFYING} ones also notify the users they concern, in-app and by email as
 * each user's preferences say ({@link #defaultPreference} when they said nothing).
 */
public final class ActivityTypes {

	public static final String DEPLOYMENT_REQUESTED = "deployment_requested";

	public static final String DEPLOYMENT_SUCCESS = "deployment_success";

	public static final String DEPLOYMENT_FAILED = "deployment_failed";

	public static final String GENERATION_REQUESTED = "generation_requested";

	public static final String PROJECT_DELETED = "project_deleted";

	public static final String TEAM_MEMBER_ADDED = "team_member_added";

	public static final String TEAM_MEMBER_REMOVED = "team_member_removed";

	public static final String SETTINGS_UPDATED = "settings_updated";

	public static final String SECURITY_ALERT = "security_alert";

	/** Every type written today, by the part of the workspace (or of identity) that writes it. */
	public static final List<String> ALL = List.of("project_created", "project_updated", PROJECT_DELETED,
			"schema_saved", "architecture_saved", "architecture_diagram_published", GENERATION_REQUESTED,
			"generation_ready", "generation_failed", DEPLOYMENT_REQUESTED, DEPLOYMENT_SUCCESS, DEPLOYMENT_FAILED,
			"deployment_cancelled", "deployment_stopped",
			"team_member_invited", TEAM_MEMBER_ADDED, "team_member_role_changed", TEAM_MEMBER_REMOVED,
			"document_created", "document_updated", "document_deleted", "attachment_added", "attachment_removed",
			"profile_picture_changed", "assistant_message", SETTINGS_UPDATED, SECURITY_ALERT);

	/** The critical types: each notifies the users it concerns. */
	public static final Set<String> NOTIFYING = Set.of(DEPLOYMENT_FAILED, DEPLOYMENT_SUCCESS, PROJECT_DELETED,
			TEAM_MEMBER_ADDED, TEAM_MEMBER_REMOVED, SECURITY_ALERT);

	private ActivityTypes() {
	}

	/**
	 * What a user gets who chose nothing for {@code type}: in-app always, email only for what needs acting on
	 * ({@code security_alert}, {@code deployment_failed}).
	 */
	public static NotificationPreference defaultPreference(String type) {
		return new NotificationPreference(true, SECURITY_ALERT.equals(type) || DEPLOYMENT_FAILED.equals(type));
	}

}
