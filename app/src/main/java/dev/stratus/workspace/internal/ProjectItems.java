package dev.stratus.workspace.internal;

import java.util.List;
import java.util.Map;

import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.ProjectRole;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The keys of a project's items, shared by every part of the workspace: one partition per project,
 * a sort-key prefix per kind. Whatever a project owns must sit in its partition (or, in S3, under
 * one of {@link #OBJECT_PREFIXES}), or deleting the project leaves it behind.
 */
public final class ProjectItems {

	/** The sort key of the project itself; deleted last, so a half-done deletion can always resume. */
	public static final String META = "META";

	public static final String MEMBER = "MEMBER#";

	public static final String INVITE = "INVITE#";

	public static final String ACTIVITY = "ACTIVITY#";

	/**
	 * The S3 prefixes of a project's objects, each followed by {@code <projectId>/} (the seed's
	 * layouts: {@code architectures/{projectId}/...}, {@code code-generations/{projectId}/...},
	 * {@code documentation/{projectId}/...}).
	 */
	public static final List<String> OBJECT_PREFIXES = List.of("architectures/", "code-generations/",
			"documentation/");

	private ProjectItems() {
	}

	/** {@code PROJECT#<projectId>}. */
	public static String partition(String projectId) {
		return "PROJECT#" + projectId;
	}

	/** The key of an item of the project: {@code sortKey} starts with its kind's prefix. */
	public static Map<String, AttributeValue> key(String projectId, String sortKey) {
		return Attributes.key(partition(projectId), sortKey);
	}

	public static Map<String, AttributeValue> meta(String projectId) {
		return key(projectId, META);
	}

	public static Map<String, AttributeValue> member(String projectId, String userId) {
		return key(projectId, MEMBER + userId);
	}

	/** The {@code role} of a member's or an invitation's item. */
	public static ProjectRole role(Map<String, AttributeValue> item) {
		String role = Attributes.str(item, "role");
		return ProjectRole.fromWire(role)
			.orElseThrow(() -> new IllegalStateException("Item " + item.get(Attributes.SK) + " has no role: " + role));
	}

	/** Where the project's objects under {@code prefix} (one of {@link #OBJECT_PREFIXES}) start. */
	public static String objectPrefix(String prefix, String projectId) {
		return prefix + projectId + "/";
	}

}
