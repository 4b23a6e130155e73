package dev.stratus.workspace.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.workspace.ProjectRole;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * The workspace's transactions: one {@code TransactWriteItems}, its refusal read by label. Public for the parts
 * of the workspace in packages of their own ({@code internal/assistant}).
 */
public final class Transactions {

	/** The label of the check that the caller still has the role the change needs. */
	public static final String CALLER = "caller";

	/** The label of the write to the project's own item, which holds while the project is active. */
	public static final String PROJECT = "project";

	static final String ACTIVITY = "activity";

	static final String ACTIVE = "ACTIVE";

	static final String DELETING = "DELETING";

	private Transactions() {
	}

	/** @return empty when it was written, else why it was refused */
	public static Optional<LabelledWrites.Cancellation> run(DynamoDbClient dynamo, LabelledWrites writes) {
		try {
			dynamo.transactWriteItems(b -> b.transactItems(writes.items()));
			return Optional.empty();
		}
		catch (TransactionCanceledException cancelled) {
			return Optional.of(writes.reasons(cancelled));
		}
	}

	/**
	 * The checks of a write that starts work in a project (a generation, a deployment): the requester is still an
	 * editor or owner ({@link #CALLER}) and the project still active ({@link #PROJECT}); the caller adds the rest.
	 */
	static LabelledWrites startingWork(String table, String projectId, String userId) {
		return new LabelledWrites().add(CALLER, roleCheck(table, projectId, userId, ProjectRole.EDITOR))
			.add(PROJECT, projectActive(table, projectId));
	}

	/** Holds while the project is active (not being deleted). */
	public static TransactWriteItem projectActive(String table, String projectId) {
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(ProjectItems.meta(projectId))
				.conditionExpression("#status = :active")
				.expressionAttributeNames(Map.of("#status", "status"))
				.expressionAttributeValues(Map.of(":active", s(ACTIVE))))
			.build();
	}

	/** Holds while {@code userId} is a member of the project with at least the role {@code atLeast}. */
	public static TransactWriteItem roleCheck(String table, String projectId, String userId, ProjectRole atLeast) {
		ProjectRole[] enough = Arrays.stream(ProjectRole.values())
			.filter(role -> role.atLeast(atLeast))
			.toArray(ProjectRole[]::new);
		Map<String, AttributeValue> values = new HashMap<>();
		for (int i = 0; i < enough.length; i++) {
			values.put(":role" + i, s(enough[i].wire()));
		}
		String in = values.keySet().stream().sorted().collect(Collectors.joining(", "));
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(ProjectItems.member(projectId, userId))
				.conditionExpression("#role IN (" + in + ")")
				.expressionAttributeNames(Map.of("#role", "role"))
				.expressionAttributeValues(values))
			.build();
	}

}
