package dev.stratus.workspace.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.jobs.Sweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Deletes a project marked {@code DELETING}: first what runs for it outside the table ({@link ProjectTeardown}: its
 * deployments' builds and apps), then every item of its partition, then every S3 object under
 * its prefixes, then its {@code META} item last. Each step deletes what is still there, so a run
 * that stops half way (a crash, a lost message) is finished by the next one, and since {@code META}
 * goes last there is always a next one: the sweep re-sends deletions that are overdue, found in GSI2
 * under {@code DELETING_PROJECTS}.
 */
@Component
class ProjectDeletion implements JobHandler<String>, Sweep<String> {

	private static final Logger log = LoggerFactory.getLogger(ProjectDeletion.class);

	private final DynamoDbClient dynamo;

	private final String table;

	private final ProjectTable projects;

	private final ProjectObjects objects;

	private final List<ProjectTeardown> teardowns;

	private final Clock clock;

	ProjectDeletion(DynamoDbClient dynamo, ProjectTable projects, ProjectObjects objects,
			List<ProjectTeardown> teardowns, Clock clock) {
		this.dynamo = dynamo;
		this.table = projects.name();
		this.projects = projects;
		this.objects = objects;
		this.teardowns = List.copyOf(teardowns);
		this.clock = clock;
	}

	@Override
	public Outcome handle(String projectId, Attempt attempt) {
		Optional<Map<String, AttributeValue>> meta = projects.meta(projectId);
		if (meta.isEmpty() || !deleting(meta.get())) {
			log.atInfo().addKeyValue("projectId", projectId).log("Project is not being deleted; nothing to do");
			return Outcome.DONE;
		}
		try {
			teardowns.forEach(teardown -> teardown.tearDown(projectId));
			int items = deleteItems(projectId);
			int deletedObjects = objects.deleteAll(projectId);
			dynamo.deleteItem(b -> b.tableName(table)
				.key(ProjectItems.meta(projectId))
				.conditionExpression("#status = :deleting")
				.expressionAttributeNames(ProjectTable.STATUS)
				.expressionAttributeValues(Map.of(":deleting", s(Transactions.DELETING))));
			log.atInfo()
				.addKeyValue("projectId", projectId)
				.addKeyValue("items", items)
				.addKeyValue("objects", deletedObjects)
				.log("Project deleted");
			return Outcome.DONE;
		}
		catch (ConditionalCheckFailedException finishedMeanwhile) {
			return Outcome.DONE;
		}
		catch (RuntimeException failed) {
			recordFailure(projectId, failed);
			return Outcome.FAILED;
		}
	}

	/**
	 * Deletes the partition's items but {@code META}, reading it again until nothing else is left, so
	 * an item written while the first pass ran goes too. @return how many
	 */
	private int deleteItems(String projectId) {
		int deleted = 0;
		while (true) {
			List<Map<String, AttributeValue>> keys = new ArrayList<>();
			dynamo
				.queryPaginator(b -> b.tableName(table)
					.keyConditionExpression("PK = :project")
					.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId))))
					.projectionExpression("PK, SK")
					.consistentRead(true))
				.items()
				.stream()
				.filter(item -> !ProjectItems.META.equals(Attributes.str(item, Attributes.SK)))
				.forEach(keys::add);
			if (keys.isEmpty()) {
				return deleted;
			}
			PartitionItems.delete(dynamo, table, keys);
			deleted += keys.size();
		}
	}

	private static boolean deleting(Map<String, AttributeValue> meta) {
		return Transactions.DELETING.equals(Attributes.optStr(meta, "status"));
	}

	private void recordFailure(String projectId, RuntimeException failed) {
		log.atWarn()
			.addKeyValue("projectId", projectId)
			.addKeyValue("error", failed.getClass().getSimpleName())
			.log("Project deletion failed; it will be retried");
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(ProjectItems.meta(projectId))
				.updateExpression("SET failedAttempts = if_not_exists(failedAttempts, :zero) + :one, "
						+ "firstFailedAt = if_not_exists(firstFailedAt, :now), lastError = :error")
				.conditionExpression("attribute_exists(PK)")
				.expressionAttributeValues(Map.of(":zero", n(0), ":one", n(1), ":now", time(clock.instant()),
						":error", s(failed.getClass().getSimpleName()))));
		}
		catch (RuntimeException notRecorded) {
			// The retry does not depend on the record; the failure is logged above.
		}
	}

	@Override
	public Standing standing(String projectId) {
		Optional<Map<String, AttributeValue>> meta = projects.meta(projectId);
		if (meta.isEmpty()) {
			return new Standing.Gone();
		}
		if (!deleting(meta.get())) {
			return new Standing.Settled();
		}
		return new Standing.Failing(Attributes.num(meta.get(), "failedAttempts"),
				Attributes.optInstant(meta.get(), "firstFailedAt"), Attributes.optStr(meta.get(), "lastError"));
	}

	@Override
	public void park(String projectId) {
		update(projectId, "REMOVE GSI2PK, GSI2SK", Map.of());
	}

	@Override
	public void restart(String projectId, Instant now) {
		update(projectId,
				"SET GSI2PK = :deletingProjects, GSI2SK = :due REMOVE failedAttempts, firstFailedAt, lastError",
				Map.of(":deletingProjects", s(ProjectTable.DELETING_PROJECTS), ":due", due(projectId, now)));
	}

	@Override
	public List<String> overdue(Instant cutoff) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :deletingProjects AND GSI2SK < :cutoff")
				.expressionAttributeValues(
						Map.of(":deletingProjects", s(ProjectTable.DELETING_PROJECTS), ":cutoff", time(cutoff))))
			.items()
			.stream()
			.map(item -> Attributes.str(item, "id"))
			.toList();
	}

	@Override
	public void resent(String projectId, Instant now) {
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(ProjectItems.meta(projectId))
				.updateExpression("SET GSI2SK = :due")
				.conditionExpression("attribute_exists(GSI2PK)")
				.expressionAttributeValues(Map.of(":due", due(projectId, now))));
		}
		catch (ConditionalCheckFailedException doneOrParked) {
			// Deleted or dead-lettered meanwhile: no longer swept.
		}
	}

	/** An update of a project still being deleted; nothing when it is gone. */
	private void update(String projectId, String expression, Map<String, AttributeValue> values) {
		Map<String, AttributeValue> all = new HashMap<>(values);
		all.put(":deleting", s(Transactions.DELETING));
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(ProjectItems.meta(projectId))
				.updateExpression(expression)
				.conditionExpression("#status = :deleting")
				.expressionAttributeNames(ProjectTable.STATUS)
				.expressionAttributeValues(all));
		}
		catch (ConditionalCheckFailedException gone) {
			// Deleted meanwhile: nothing to park or restart.
		}
	}

	static AttributeValue due(String projectId, Instant at) {
		return s(Attributes.timeKey(at, projectId));
	}

}
