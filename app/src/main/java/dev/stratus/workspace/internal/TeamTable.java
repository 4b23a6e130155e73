package dev.stratus.workspace.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.workspace.Invitation;
import dev.stratus.workspace.Member;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.ProjectRole;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * A project's team: members ({@code MEMBER#<userId>}) and invitations ({@code INVITE#<id>}, found by
 * the SHA-256 of their token in GSI2 under {@code INVITE#<hash>}). Every change to the team is one
 * transaction that also moves the project's {@code owners} and {@code memberCount}, on the condition
 * that the member's role is still the one the change was decided on; a change that would leave no
 * owner fails on {@code owners > 1}, so two owners demoting each other at once cannot both win.
 */
@Component
public class TeamTable {

	private static final String MEMBER = "member";

	private static final String INVITATION = "invitation";

	private static final String BY_TOKEN = "INVITE#";

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final ProjectTable projects;

	TeamTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages, ProjectTable projects) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
		this.projects = projects;
	}

	/** Why a change to the team was refused. */
	public enum Refusal {

		/** The caller is no longer allowed (or no longer a member). */
		CALLER,
		/** The member is gone, or their role changed meanwhile. */
		MEMBER,
		/** It would leave the project without an owner. */
		LAST_OWNER,
		/** The project is gone or being deleted. */
		PROJECT,
		/** The invitation was used meanwhile, or has expired. */
		INVITATION

	}

	/** The team, in user-id order. */
	public Page<Member> members(String projectId, int limit, @Nullable String nextToken) {
		QueryRequest query = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("PK = :project AND begins_with(SK, :member)")
			.expressionAttributeValues(
					Map.of(":project", s(ProjectItems.partition(projectId)), ":member", s(ProjectItems.MEMBER)))
			.consistentRead(true)
			.build();
		return pages.read(query, "members|" + projectId, limit, nextToken, TeamTable::member);
	}

	/** The member's item, read consistently. */
	public Optional<Member> member(String projectId, String userId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(ProjectItems.member(projectId, userId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(member(item));
	}

	/** Stores the invitation, if its inviter is still an owner of the active project. */
	public Optional<Refusal> invite(Invitation invitation, String tokenHash, ActivityEntry activity) {
		Map<String, AttributeValue> item = new HashMap<>(
				ProjectItems.key(invitation.projectId(), ProjectItems.INVITE + invitation.id()));
		item.put("GSI2PK", s(BY_TOKEN + tokenHash));
		item.put("GSI2SK", s(ProjectItems.INVITE));
		item.put("entityType", s("INVITATION"));
		item.put("id", s(invitation.id()));
		item.put("projectId", s(invitation.projectId()));
		item.put("email", s(invitation.email()));
		item.put("role", s(invitation.role().wire()));
		item.put("createdAt", time(invitation.createdAt()));
		item.put("expiresAt", time(invitation.expiresAt()));
		item.put("invitedBy", s(invitation.invitedBy()));
		LabelledWrites writes = new LabelledWrites()
			.add(Transactions.CALLER,
					Transactions.roleCheck(table, invitation.projectId(), invitation.invitedBy(), ProjectRole.OWNER))
			.add(Transactions.PROJECT, projectChange(invitation.projectId(), 0, 0, false))
			.add(INVITATION, TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build())
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).map(TeamTable::refusal);
	}

	/** An invitation and whether it was accepted; never read by anything but its token's hash. */
	public record StoredInvitation(Invitation invitation, @Nullable Instant acceptedAt) {
	}

	/** The invitation whose token hashes to {@code tokenHash}. */
	public Optional<StoredInvitation> invitation(String tokenHash) {
		return dynamo
			.query(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :token")
				.expressionAttributeValues(Map.of(":token", s(BY_TOKEN + tokenHash))))
			.items()
			.stream()
			.findFirst()
			.map(item -> new StoredInvitation(
					new Invitation(Attributes.str(item, "id"), Attributes.str(item, "projectId"),
							Attributes.str(item, "email"), ProjectItems.role(item),
							Attributes.instant(item, "createdAt"),
							Attributes.instant(item, "expiresAt"), Attributes.str(item, "invitedBy")),
					Attributes.optInstant(item, "acceptedAt")));
	}

	/**
	 * Uses the invitation once: it is marked accepted and {@code person} joins with its role, on the
	 * conditions that it is unused and unexpired, the person not yet a member and the project active.
	 *
	 * @param projectCreatedAt the project's, which orders the member's GSI1 entry
	 */
	public Optional<Refusal> accept(Invitation invitation, Person person, Instant projectCreatedAt, Instant now,
			ActivityEntry activity) {
		String projectId = invitation.projectId();
		boolean owner = invitation.role() == ProjectRole.OWNER;
		LabelledWrites writes = new LabelledWrites()
			.add(INVITATION, TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(ProjectItems.key(projectId, ProjectItems.INVITE + invitation.id()))
					.updateExpression("SET acceptedAt = :now, acceptedBy = :user")
					.conditionExpression(
							"attribute_exists(PK) AND attribute_not_exists(acceptedAt) AND expiresAt > :now")
					.expressionAttributeValues(Map.of(":now", time(now), ":user", s(person.userId()))))
				.build())
			.add(MEMBER, projects.memberPut(projectId, projectCreatedAt, person, invitation.role(), now))
			.add(Transactions.PROJECT, projectChange(projectId, owner ? 1 : 0, 1, false))
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).map(TeamTable::refusal);
	}

	/**
	 * Gives the member the role {@code to}, if it is still {@code from} and the caller still an owner
	 * (no check of the caller when they change their own role: their item's condition covers it).
	 */
	public Optional<Refusal> changeRole(String projectId, String callerId, String userId, ProjectRole from,
			ProjectRole to, ActivityEntry activity) {
		int owners = (to == ProjectRole.OWNER ? 1 : 0) - (from == ProjectRole.OWNER ? 1 : 0);
		LabelledWrites writes = callerCheck(projectId, callerId, userId)
			.add(MEMBER, TransactWriteItem.builder()
				.update(update -> update.tableName(table)
					.key(ProjectItems.member(projectId, userId))
					.updateExpression("SET #role = :to")
					.conditionExpression("#role = :from")
					.expressionAttributeNames(Map.of("#role", "role"))
					.expressionAttributeValues(Map.of(":to", s(to.wire()), ":from", s(from.wire()))))
				.build())
			.add(Transactions.PROJECT, projectChange(projectId, owners, 0, owners < 0))
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).map(TeamTable::refusal);
	}

	/** Takes the member out of the team, if their role is still {@code role}. */
	public Optional<Refusal> remove(String projectId, String callerId, String userId, ProjectRole role,
			ActivityEntry activity) {
		boolean owner = role == ProjectRole.OWNER;
		LabelledWrites writes = callerCheck(projectId, callerId, userId)
			.add(MEMBER, TransactWriteItem.builder()
				.delete(delete -> delete.tableName(table)
					.key(ProjectItems.member(projectId, userId))
					.conditionExpression("#role = :role")
					.expressionAttributeNames(Map.of("#role", "role"))
					.expressionAttributeValues(Map.of(":role", s(role.wire()))))
				.build())
			.add(Transactions.PROJECT, projectChange(projectId, owner ? -1 : 0, -1, owner))
			.addAll(activity.writes());
		return Transactions.run(dynamo, writes).map(TeamTable::refusal);
	}

	/** An owner acting on another member must still be an owner; one's own item is checked by its condition. */
	private LabelledWrites callerCheck(String projectId, String callerId, String userId) {
		LabelledWrites writes = new LabelledWrites();
		if (!callerId.equals(userId)) {
			writes.add(Transactions.CALLER, Transactions.roleCheck(table, projectId, callerId, ProjectRole.OWNER));
		}
		return writes;
	}

	/**
	 * Moves the project's counters, on the condition that it is active and, when {@code keepAnOwner},
	 * that it has an owner to spare.
	 */
	private TransactWriteItem projectChange(String projectId, int owners, int members, boolean keepAnOwner) {
		return TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(ProjectItems.meta(projectId))
				.updateExpression("SET owners = owners + :owners, memberCount = memberCount + :members")
				.conditionExpression("#status = :active" + (keepAnOwner ? " AND owners > :one" : ""))
				.expressionAttributeNames(ProjectTable.STATUS)
				.expressionAttributeValues(keepAnOwner
						? Map.of(":owners", n(owners), ":members", n(members), ":active", s(Transactions.ACTIVE),
								":one", n(1))
						: Map.of(":owners", n(owners), ":members", n(members), ":active", s(Transactions.ACTIVE)))
				.returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD))
			.build();
	}

	/** The first refused write, in the order of the checks' importance. */
	private static Refusal refusal(LabelledWrites.Cancellation cancellation) {
		if (cancellation.contended()) {
			throw new Conflict("The team is being changed by someone else; try again");
		}
		Map<String, AttributeValue> project = cancellation.item(Transactions.PROJECT);
		if (cancellation.conditionFailed(Transactions.PROJECT)) {
			return project != null && ProjectTable.active(project) ? Refusal.LAST_OWNER : Refusal.PROJECT;
		}
		if (cancellation.conditionFailed(Transactions.CALLER)) {
			return Refusal.CALLER;
		}
		if (cancellation.conditionFailed(INVITATION)) {
			return Refusal.INVITATION;
		}
		if (cancellation.conditionFailed(MEMBER)) {
			return Refusal.MEMBER;
		}
		throw new IllegalStateException("A team change was cancelled for no condition of its own: "
				+ cancellation.byLabel());
	}

	static Member member(Map<String, AttributeValue> item) {
		return new Member(Attributes.str(item, "userId"), Attributes.str(item, "email"), Attributes.str(item, "name"),
				ProjectItems.role(item), Attributes.instant(item, "joinedAt"));
	}

}
