package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.Project;
import dev.stratus.workspace.ProjectChanges;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.Stack;
import dev.stratus.workspace.Visibility;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Projects ({@code META}) and the caller's membership ({@code MEMBER#<userId>}), which is also how a
 * user's projects are listed: member items sit in GSI1 under {@code MEMBER#<userId>}, sorted by the
 * project's creation, so the list is one Query plus one BatchGetItem of the projects on the page.
 * A project keeps two counters its team changes keep up to date in the same transactions:
 * {@code owners} (never below 1: the last-owner rule is a condition) and {@code memberCount}.
 */
@Component
public class ProjectTable {

	static final String BY_MEMBER = "MEMBER#";

	/** The GSI2 partition of projects being deleted, by when their deletion is due: the sweep's. */
	static final String DELETING_PROJECTS = "DELETING_PROJECTS";

	static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	ProjectTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
	}

	/** The project and its first owner, with the activity entry, in one transaction. */
	public void create(Project project, Person owner, ActivityEntry activity) {
		Map<String, AttributeValue> meta = new HashMap<>(ProjectItems.meta(project.id()));
		meta.put("entityType", s("PROJECT"));
		meta.put("id", s(project.id()));
		meta.put("name", s(project.name()));
		if (project.description() != null) {
			meta.put("description", s(project.description()));
		}
		meta.put("stack", s(project.stack().wire()));
		meta.put("visibility", s(project.visibility().wire()));
		meta.put("status", s(Transactions.ACTIVE));
		meta.put("owners", n(1));
		meta.put("memberCount", n(1));
		meta.put("createdAt", time(project.createdAt()));
		meta.put("updatedAt", time(project.updatedAt()));
		meta.put("createdBy", s(project.createdBy()));
		LabelledWrites writes = new LabelledWrites()
			.add(Transactions.PROJECT,
					TransactWriteItem.builder()
						.put(put -> put.tableName(table).item(meta).conditionExpression("attribute_not_exists(PK)"))
						.build())
			.add("member", memberPut(project.id(), project.createdAt(), owner, ProjectRole.OWNER, project.createdAt()))
			.addAll(activity.writes());
		Transactions.run(dynamo, writes).ifPresent(refused -> {
			throw new IllegalStateException("A new project's id was taken: " + project.id());
		});
	}

	/** The put of a member's item: in the project's partition, and in GSI1 under the user. */
	TransactWriteItem memberPut(String projectId, Instant projectCreatedAt, Person person, ProjectRole role,
			Instant joinedAt) {
		Map<String, AttributeValue> item = new HashMap<>(ProjectItems.member(projectId, person.userId()));
		item.put("GSI1PK", s(BY_MEMBER + person.userId()));
		item.put("GSI1SK", s(Attributes.timeKey(projectCreatedAt, projectId)));
		item.put("entityType", s("MEMBER"));
		item.put("projectId", s(projectId));
		item.put("userId", s(person.userId()));
		item.put("email", s(person.email()));
		item.put("name", s(person.name()));
		item.put("role", s(role.wire()));
		item.put("joinedAt", time(joinedAt));
		return TransactWriteItem.builder()
			.put(put -> put.tableName(table).item(item).conditionExpression("attribute_not_exists(PK)"))
			.build();
	}

	/**
	 * The project as {@code userId} sees it: empty when there is no such project, it is being deleted,
	 * or the user is not in its team. Both items are read consistently, in one call.
	 */
	public Optional<Project> view(String projectId, String userId) {
		List<Map<String, AttributeValue>> found = get(
				List.of(ProjectItems.meta(projectId), ProjectItems.member(projectId, userId)));
		Map<String, AttributeValue> meta = null;
		ProjectRole role = null;
		for (Map<String, AttributeValue> item : found) {
			if (ProjectItems.META.equals(Attributes.str(item, Attributes.SK))) {
				meta = item;
			}
			else {
				role = ProjectItems.role(item);
			}
		}
		return meta == null || role == null || !active(meta) ? Optional.empty() : Optional.of(project(meta, role));
	}

	/** When the project was created, if it exists and is active. */
	public Optional<Instant> created(String projectId) {
		return meta(projectId).filter(ProjectTable::active).map(meta -> Attributes.instant(meta, "createdAt"));
	}

	/** The project's own item, read consistently, whatever its status. */
	Optional<Map<String, AttributeValue>> meta(String projectId) {
		Map<String, AttributeValue> meta = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.meta(projectId)).consistentRead(true))
			.item();
		return meta == null || meta.isEmpty() ? Optional.empty() : Optional.of(meta);
	}

	/** The user's projects, newest first; projects being deleted are left out of the page. */
	public Page<Project> list(String userId, int limit, @Nullable String nextToken) {
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :member")
			.expressionAttributeValues(Map.of(":member", s(BY_MEMBER + userId)))
			.scanIndexForward(false)
			.build();
		Page<Map<String, AttributeValue>> members = pages.read(query, "projects|" + userId, limit, nextToken,
				item -> item);
		Map<String, Map<String, AttributeValue>> metas = new HashMap<>();
		get(members.items().stream().map(item -> ProjectItems.meta(Attributes.str(item, "projectId"))).toList())
			.forEach(meta -> metas.put(Attributes.str(meta, "id"), meta));
		List<Project> projects = new ArrayList<>();
		for (Map<String, AttributeValue> member : members.items()) {
			Map<String, AttributeValue> meta = metas.get(Attributes.str(member, "projectId"));
			if (meta != null && active(meta)) {
				projects.add(project(meta, ProjectItems.role(member)));
			}
		}
		return new Page<>(projects, members.nextToken());
	}

	/** The ids of every project the user is in, newest first: one Query of GSI1, every page of it. */
	public List<String> projectIds(String userId) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI1")
				.keyConditionExpression("GSI1PK = :member")
				.expressionAttributeValues(Map.of(":member", s(BY_MEMBER + userId)))
				.scanIndexForward(false))
			.items()
			.stream()
			.map(item -> Attributes.str(item, "projectId"))
			.toList();
	}

	/** The user ids of the project's team: one Query of its partition. */
	public List<String> memberIds(String projectId) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :member)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":member", s(ProjectItems.MEMBER)))
				.projectionExpression("userId"))
			.items()
			.stream()
			.map(item -> Attributes.str(item, "userId"))
			.toList();
	}

	/** Every {@code keys} item that exists, read consistently in as few calls as DynamoDB allows. */
	private List<Map<String, AttributeValue>> get(List<Map<String, AttributeValue>> keys) {
		List<Map<String, AttributeValue>> found = new ArrayList<>();
		if (keys.isEmpty()) {
			return found;
		}
		Map<String, KeysAndAttributes> wanted = Map.of(table,
				KeysAndAttributes.builder().keys(keys).consistentRead(true).build());
		while (!wanted.isEmpty()) {
			Map<String, KeysAndAttributes> asking = wanted;
			var response = dynamo.batchGetItem(b -> b.requestItems(asking));
			found.addAll(response.responses().getOrDefault(table, List.of()));
			wanted = response.hasUnprocessedKeys() ? response.unprocessedKeys() : Map.of();
		}
		return found;
	}

	/**
	 * Applies {@code changes} if {@code userId} may still edit and the project is active.
	 *
	 * @return false when either no longer holds
	 */
	public boolean update(String projectId, String userId, ProjectChanges changes, Instant now,
			ActivityEntry activity) {
		List<String> sets = new ArrayList<>(List.of("updatedAt = :now"));
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":now", time(now), ":active",
				s(Transactions.ACTIVE)));
		Map<String, String> names = new HashMap<>(STATUS);
		set(sets, values, names, "name", changes.name());
		set(sets, values, names, "description", changes.description());
		set(sets, values, names, "stack", changes.stack() == null ? null : changes.stack().wire());
		set(sets, values, names, "visibility", changes.visibility() == null ? null : changes.visibility().wire());
		String expression = "SET " + String.join(", ", sets);
		if (changes.clearDescription()) {
			names.put("#description", "description");
			expression += " REMOVE #description";
		}
		String update = expression;
		LabelledWrites writes = new LabelledWrites()
			.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, userId, ProjectRole.EDITOR))
			.add(Transactions.PROJECT, TransactWriteItem.builder()
				.update(change -> change.tableName(table)
					.key(ProjectItems.meta(projectId))
					.updateExpression(update)
					.conditionExpression("#status = :active")
					.expressionAttributeNames(names)
					.expressionAttributeValues(values))
				.build())
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).isEmpty();
	}

	private static void set(List<String> sets, Map<String, AttributeValue> values, Map<String, String> names,
			String attribute, @Nullable String value) {
		if (value != null) {
			sets.add("#" + attribute + " = :" + attribute);
			names.put("#" + attribute, attribute);
			values.put(":" + attribute, s(value));
		}
	}

	/**
	 * Marks the project as being deleted, so that no read finds it from now on, together with the
	 * deletion job's outbox entry and the activity entry: if {@code userId} is still an owner and the
	 * project still active.
	 *
	 * @return false when either no longer holds
	 */
	public boolean markDeleting(String projectId, String userId, Instant now, TransactWriteItem outboxEntry,
			ActivityEntry activity) {
		LabelledWrites writes = new LabelledWrites()
			.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, userId, ProjectRole.OWNER))
			.add(Transactions.PROJECT, TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(ProjectItems.meta(projectId))
					.updateExpression("SET #status = :deleting, deletingSince = :now, GSI2PK = :deletingProjects, "
							+ "GSI2SK = :due")
					.conditionExpression("#status = :active")
					.expressionAttributeNames(STATUS)
					.expressionAttributeValues(Map.of(":deleting", s(Transactions.DELETING), ":now", time(now),
							":deletingProjects", s(DELETING_PROJECTS), ":due", s(Attributes.timeKey(now, projectId)),
							":active", s(Transactions.ACTIVE))))
				.build())
			.add("outbox", outboxEntry)
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).isEmpty();
	}

	/** The table's real name, for the writes other parts add to a transaction here. */
	public String name() {
		return table;
	}

	static boolean active(Map<String, AttributeValue> meta) {
		return Transactions.ACTIVE.equals(Attributes.optStr(meta, "status"));
	}

	static Project project(Map<String, AttributeValue> meta, ProjectRole role) {
		return new Project(Attributes.str(meta, "id"), Attributes.str(meta, "name"),
				Attributes.optStr(meta, "description"), Stack.fromWire(Attributes.str(meta, "stack")).orElseThrow(),
				Visibility.fromWire(Attributes.str(meta, "visibility")).orElseThrow(), role,
				Attributes.instant(meta, "createdAt"), Attributes.instant(meta, "updatedAt"),
				Attributes.str(meta, "createdBy"));
	}

}
