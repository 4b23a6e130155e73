package dev.stratus.workspace.internal.activity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * Whom an activity entry concerns: whoever did it, the team of its project as it is when the fan-out runs, and
 * the users the change named (a removed member; the team of a deleted project, captured before the deletion
 * removed it; a security alert's user). All of them get the entry in their feed. Of a critical type, the
 * {@code team_member_*} ones notify the member and the project's owners; the others notify everyone concerned.
 */
@Component
class Audience {

	private final DynamoDbClient dynamo;

	private final String table;

	Audience(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/**
	 * @param named the users the entry names, by id, with their email
	 */
	List<Concerned> of(ActivityRef ref, Activity activity, Map<String, String> named) {
		boolean aboutMember = activity.type().equals(ActivityTypes.TEAM_MEMBER_ADDED)
				|| activity.type().equals(ActivityTypes.TEAM_MEMBER_REMOVED);
		Map<String, Concerned> concerned = new LinkedHashMap<>();
		concerned.put(activity.userId(), new Concerned(activity.userId(), named.get(activity.userId()), true));
		named.forEach((userId, email) -> concerned.put(userId, new Concerned(userId, email, true)));
		if (ref.inProject() && activity.projectId() != null) {
			dynamo
				.queryPaginator(b -> b.tableName(table)
					.keyConditionExpression("PK = :project AND begins_with(SK, :member)")
					.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(activity.projectId())),
							":member", s(ProjectItems.MEMBER))))
				.items()
				.forEach(member -> {
					String userId = Attributes.str(member, "userId");
					boolean notified = !aboutMember || ProjectItems.role(member) == ProjectRole.OWNER
							|| concerned.containsKey(userId);
					concerned.put(userId, new Concerned(userId, Attributes.str(member, "email"), notified));
				});
		}
		return new ArrayList<>(concerned.values());
	}

	/**
	 * @param email where their emails go; null when not known here (an entry of the user's own settings)
	 * @param notified whether a critical entry notifies them
	 */
	record Concerned(String userId, @Nullable String email, boolean notified) {
	}

}
