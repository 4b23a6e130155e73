package dev.stratus.workspace.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stratus.platform.Page;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.dynamo.IdempotencyClaims;
import dev.stratus.platform.dynamo.LabelledWrites;
import dev.stratus.platform.dynamo.QueryPages;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.internal.deploy.LogLine;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;

/**
 * Deployments and their output. {@code DEPLOY#<id>} in the project's partition (newest first: ids are
 * time-ordered), in GSI1 under {@code DEPLOY#<id>} so a deployment is found by its id alone, and, until it is
 * finished, in GSI2 under {@code DEPLOYMENTS_UNSETTLED}: the partition the sweep re-sends queued ones from and the
 * start-up reconciliation reads. Output lines are {@code LOG#<deploymentId>#<seq, 10 digits>} in the same partition,
 * so they go with the project and read in order from any {@code seq}. Every status change is conditional on the
 * status it leaves, and every write of lines on the deployment's item, so nothing is written for a deployment whose
 * project was deleted meanwhile.
 */
@Component
public class DeploymentTable {

	static final String PREFIX = "DEPLOY#";

	static final String LOG = "LOG#";

	static final String UNSETTLED = "DEPLOYMENTS_UNSETTLED";

	/** TransactWriteItems takes 100 items; one is the deployment's check. */
	static final int LINES_PER_WRITE = 50;

	private static final Map<String, String> STATUS = Map.of("#status", "status");

	private final DynamoDbClient dynamo;

	private final String table;

	private final QueryPages pages;

	private final IdempotencyClaims idempotencyClaims;

	private final ProjectWork work;

	DeploymentTable(DynamoDbClient dynamo, CloudResources resources, QueryPages pages) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
		this.pages = pages;
		this.idempotencyClaims = new IdempotencyClaims(dynamo, table, "deploymentId");
		this.work = new ProjectWork(dynamo, table, PREFIX, "DEPLOYMENT", UNSETTLED);
	}

	/** What a deployment request records. */
	public record Request(String id, String projectId, String environment, String generationId, String requesterId,
			Instant createdAt) {
	}

	/** {@code Idempotency-Key} claims naming the deployment each key queued. */
	public IdempotencyClaims idempotencyClaims() {
		return idempotencyClaims;
	}

	/**
	 * Queues the deployment: its item, the job's outbox entry, the activity entry and the key's claim (if any) in one
	 * transaction, on the conditions that the requester is still an editor or owner, the project still active and
	 * the generation (labelled {@code generation}) still there and {@code READY}.
	 *
	 * @return empty when it was written, else why it was refused
	 */
	public Optional<LabelledWrites.Cancellation> queue(Request request, TransactWriteItem outboxEntry,
			ActivityEntry activity, @Nullable TransactWriteItem claim) {
		Map<String, AttributeValue> item = work.queued(request.projectId(), request.id(), request.requesterId(),
				request.createdAt(), Deployment.Status.QUEUED);
		item.put("environment", s(request.environment()));
		item.put("generationId", s(request.generationId()));
		item.put("updatedAt", time(request.createdAt()));
		TransactWriteItem generationReady = check(
				ProjectItems.key(request.projectId(), GenerationTable.PREFIX + request.generationId()),
				"#status = :ready", Map.of(":ready", s(Generation.Status.READY.name())));
		return work.queue(item, Map.of("generation", generationReady), outboxEntry, activity, claim);
	}

	private TransactWriteItem check(Map<String, AttributeValue> key, String condition,
			Map<String, AttributeValue> values) {
		return TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(key)
				.conditionExpression(condition)
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(values))
			.build();
	}

	/** The deployment, read consistently. */
	public Optional<Deployment> find(String projectId, String deploymentId) {
		Map<String, AttributeValue> item = dynamo
			.getItem(b -> b.tableName(table).key(work.key(projectId, deploymentId)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(deployment(item));
	}

	/** The project the deployment belongs to, through GSI1; empty for an id no deployment has. */
	public Optional<String> projectOf(String deploymentId) {
		return work.projectOf(deploymentId);
	}

	/**
	 * The project's deployments, newest first, to one environment when {@code environment} is given.
	 * @throws dev.stratus.platform.errors.InvalidInput on {@code nextToken} when this list did not issue it
	 */
	public Page<Deployment> list(String projectId, @Nullable String environment, int limit,
			@Nullable String nextToken) {
		Map<String, AttributeValue> values = new HashMap<>(
				Map.of(":project", s(ProjectItems.partition(projectId)), ":deployment", s(PREFIX)));
		QueryRequest.Builder query = QueryRequest.builder()
			.tableName(table)
			.keyConditionExpression("PK = :project AND begins_with(SK, :deployment)")
			.scanIndexForward(false)
			.consistentRead(true);
		if (environment != null) {
			values.put(":environment", s(environment));
			query.filterExpression("environment = :environment");
		}
		return pages.read(query.expressionAttributeValues(values).build(),
				"deployments|" + projectId + "|" + (environment == null ? "" : environment), limit, nextToken,
				DeploymentTable::deployment);
	}

	/** The project's deployments by status: a Query of its partition that reads only their statuses. */
	Map<String, Long> countByStatus(String projectId) {
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND begins_with(SK, :deployment)")
				.expressionAttributeValues(
						Map.of(":project", s(ProjectItems.partition(projectId)), ":deployment", s(PREFIX)))
				.projectionExpression("#status")
				.expressionAttributeNames(STATUS))
			.items()
			.stream()
			.collect(Collectors.groupingBy(item -> Attributes.str(item, "status"), LinkedHashMap::new,
					Collectors.counting()));
	}

	/**
	 * Moves the deployment to {@code to} if its status is one of {@code from}, stamping {@code updatedAt}; with the
	 * activity entry in the same transaction when one is given. Leaving for a finished status takes it out of the
	 * unsettled partition; {@code url} is kept only on {@code SUCCEEDED}.
	 *
	 * @return false when its status was none of {@code from}, or it is gone
	 */
	boolean transition(DeploymentRef ref, Set<Deployment.Status> from, Deployment.Status to, Instant at,
			@Nullable URI url, @Nullable String reason, @Nullable ActivityEntry activity) {
		Map<String, AttributeValue> values = new HashMap<>();
		List<String> allowed = new ArrayList<>();
		for (Deployment.Status status : from) {
			allowed.add(":from" + allowed.size());
			values.put(allowed.get(allowed.size() - 1), s(status.name()));
		}
		values.put(":to", s(to.name()));
		values.put(":at", time(at));
		StringBuilder set = new StringBuilder("SET #status = :to, updatedAt = :at");
		List<String> remove = new ArrayList<>();
		if (url != null) {
			values.put(":url", s(url.toString()));
			set.append(", #url = :url");
		}
		else {
			remove.add("#url");
		}
		if (reason != null) {
			values.put(":reason", s(reason));
			set.append(", reason = :reason");
		}
		if (to.finished()) {
			remove.addAll(List.of("GSI2PK", "GSI2SK"));
		}
		String expression = remove.isEmpty() ? set.toString() : set + " REMOVE " + String.join(", ", remove);
		Map<String, String> names = Map.of("#status", "status", "#url", "url");
		TransactWriteItem update = TransactWriteItem.builder()
			.update(u -> u.tableName(table)
				.key(work.key(ref.projectId(), ref.deploymentId()))
				.updateExpression(expression)
				.conditionExpression("#status IN (" + String.join(", ", allowed) + ")")
				.expressionAttributeNames(names)
				.expressionAttributeValues(values))
			.build();
		LabelledWrites writes = new LabelledWrites().add("deployment", update);
		if (activity != null) {
			writes.addAll(activity.writes());
		}
		return Transactions.run(dynamo, writes).isEmpty();
	}

	/**
	 * Writes output lines (at most {@link #LINES_PER_WRITE}) in one transaction with a check that the deployment is
	 * still there. A line written again (a retried write) is the same item, so nothing doubles.
	 *
	 * @return false when the deployment is gone
	 */
	boolean append(DeploymentRef ref, List<LogLine> lines) {
		LabelledWrites writes = new LabelledWrites().add("deployment", TransactWriteItem.builder()
			.conditionCheck(check -> check.tableName(table)
				.key(work.key(ref.projectId(), ref.deploymentId()))
				.conditionExpression("attribute_exists(PK)"))
			.build());
		for (LogLine line : lines) {
			Map<String, AttributeValue> item = new HashMap<>(
					ProjectItems.key(ref.projectId(), logKey(ref.deploymentId(), line.seq())));
			item.put("entityType", s("DEPLOYMENT_LOG"));
			item.put("seq", n(line.seq()));
			item.put("timestamp", time(line.timestamp()));
			item.put("text", s(line.text().isEmpty() ? " " : line.text()));
			writes.add("line " + line.seq(),
					TransactWriteItem.builder().put(put -> put.tableName(table).item(item)).build());
		}
		return Transactions.run(dynamo, writes).isEmpty();
	}

	/** Up to {@code limit} lines with a {@code seq} above {@code after}, oldest first. */
	public DeploymentLog logs(String projectId, String deploymentId, long after, int limit) {
		List<DeploymentLog.Line> lines = dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND SK BETWEEN :from AND :to")
				.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":from",
						s(logKey(deploymentId, after + 1)), ":to", s(logKey(deploymentId, 9_999_999_999L))))
				.consistentRead(true)
				.limit(limit))
			.items()
			.stream()
			.map(DeploymentTable::line)
			.toList();
		return new DeploymentLog(lines, lines.isEmpty() ? after : lines.get(lines.size() - 1).seq());
	}

	/** The deployment's last {@code limit} lines, oldest first: one Query read backwards from the end. */
	public List<DeploymentLog.Line> lastLines(String projectId, String deploymentId, int limit) {
		List<DeploymentLog.Line> lines = new ArrayList<>(dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project AND SK BETWEEN :from AND :to")
				.expressionAttributeValues(Map.of(":project", s(ProjectItems.partition(projectId)), ":from",
						s(logKey(deploymentId, 1)), ":to", s(logKey(deploymentId, 9_999_999_999L))))
				.scanIndexForward(false)
				.consistentRead(true)
				.limit(limit))
			.items()
			.stream()
			.map(DeploymentTable::line)
			.toList());
		Collections.reverse(lines);
		return lines;
	}

	private static DeploymentLog.Line line(Map<String, AttributeValue> item) {
		return new DeploymentLog.Line(Attributes.num(item, "seq"), Attributes.instant(item, "timestamp"),
				Attributes.str(item, "text"));
	}

	/** Every deployment not finished yet, of every project (the unsettled partition of GSI2). */
	List<Deployment> unsettled() {
		return unsettledBefore(null);
	}

	/** Queued deployments last sent before {@code cutoff}, as the sweep re-sends them. */
	List<DeploymentRef> overdue(Instant cutoff) {
		return unsettledBefore(cutoff).stream()
			.filter(deployment -> deployment.status() == Deployment.Status.QUEUED)
			.map(deployment -> new DeploymentRef(deployment.projectId(), deployment.id()))
			.toList();
	}

	private List<Deployment> unsettledBefore(@Nullable Instant cutoff) {
		Map<String, AttributeValue> values = new HashMap<>(Map.of(":unsettled", s(UNSETTLED)));
		if (cutoff != null) {
			values.put(":cutoff", time(cutoff));
		}
		return dynamo
			.queryPaginator(b -> b.tableName(table)
				.indexName("GSI2")
				.keyConditionExpression("GSI2PK = :unsettled" + (cutoff == null ? "" : " AND GSI2SK < :cutoff"))
				.expressionAttributeValues(values))
			.items()
			.stream()
			.map(DeploymentTable::deployment)
			.toList();
	}

	/** It was sent again at {@code now}: due again a sweep later, if still queued. */
	void resent(DeploymentRef ref, Instant now) {
		Map<String, AttributeValue> values = Map.of(":at", ProjectWork.due(ref.deploymentId(), now), ":queued",
				s(Deployment.Status.QUEUED.name()));
		try {
			dynamo.updateItem(b -> b.tableName(table)
				.key(work.key(ref.projectId(), ref.deploymentId()))
				.updateExpression("SET GSI2SK = :at")
				.conditionExpression("#status = :queued")
				.expressionAttributeNames(STATUS)
				.expressionAttributeValues(values));
		}
		catch (ConditionalCheckFailedException movedOn) {
			// Started, finished or gone meanwhile: not the sweep's any more.
		}
	}

	static String logKey(String deploymentId, long seq) {
		return LOG + deploymentId + "#" + String.format("%010d", seq);
	}

	static Deployment deployment(Map<String, AttributeValue> item) {
		String url = Attributes.optStr(item, "url");
		return new Deployment(Attributes.str(item, "id"), Attributes.str(item, "projectId"),
				Attributes.str(item, "environment"), Attributes.str(item, "generationId"),
				Deployment.Status.valueOf(Attributes.str(item, "status")), url == null ? null : URI.create(url),
				Attributes.optStr(item, "reason"), Attributes.instant(item, "createdAt"),
				Attributes.instant(item, "updatedAt"), Attributes.str(item, "requestedBy"));
	}

}
