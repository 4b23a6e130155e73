package dev.stratus.workspace.internal;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.Deployment.Status;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.deploy.DeploymentPhase;
import dev.stratus.workspace.internal.deploy.LeftoverDeploymentStopped;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

import static dev.stratus.platform.dynamo.Attributes.s;
import static dev.stratus.platform.dynamo.Attributes.time;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a restart leaves: deployment items a previous run of Stratus was building, starting or serving, written as
 * that run left them, then settled as this run's start does (the reconciliation and the target's leftover events)
 * and as a redelivered message does.
 */
@IntegrationTest
class DeploymentRecordsTests {

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	CloudResources resources;

	@Autowired
	DeploymentRecords records;

	@Autowired
	DeploymentTable table;

	@Autowired
	DeploymentLauncher launcher;

	@Autowired
	ApplicationEventPublisher events;

	String project;

	@BeforeEach
	void project() {
		WorkspaceFixture workspace = new WorkspaceFixture(api, testUsers, cloud);
		User owner = workspace.newUser("restarter");
		project = workspace.project(owner);
	}

	@Test
	void failsWhatWasBuildingAndStopsWhatWasLiveButLeavesQueuedOnes() {
		String building = leftBehind(Status.BUILDING);
		String starting = leftBehind(Status.DEPLOYING);
		String live = leftBehind(Status.SUCCEEDED);
		String queued = leftBehind(Status.QUEUED);

		records.reconcile();

		Deployment failed = find(building);
		assertThat(failed.status()).isEqualTo(Status.FAILED);
		assertThat(failed.reason()).isEqualTo("Interrupted by a restart of Stratus");
		assertThat(find(starting).status()).isEqualTo(Status.FAILED);
		Deployment stopped = find(live);
		assertThat(stopped.status()).isEqualTo(Status.STOPPED);
		assertThat(stopped.url()).isNull();
		assertThat(stopped.reason()).isEqualTo("Stopped when Stratus restarted");
		assertThat(find(queued).status()).isEqualTo(Status.QUEUED);
		assertThat(table.unsettled()).extracting(Deployment::id).doesNotContain(building, starting, live);
	}

	@Test
	void marksTheDeploymentOfALeftoverProcessTheTargetStopped() {
		String live = leftBehind(Status.SUCCEEDED);
		String building = leftBehind(Status.BUILDING);

		events.publishEvent(new LeftoverDeploymentStopped(live, project, "dev", DeploymentPhase.SUCCEEDED,
				Instant.now()));
		events.publishEvent(new LeftoverDeploymentStopped(building, project, "dev", DeploymentPhase.BUILDING,
				Instant.now()));

		assertThat(find(live).status()).isEqualTo(Status.STOPPED);
		assertThat(find(building).status()).isEqualTo(Status.FAILED);
	}

	@Test
	void failsARedeliveredDeploymentThatADeadRunWasBuildingRatherThanStartingItTwice() {
		String building = leftBehind(Status.BUILDING);

		JobHandler.Outcome outcome = launcher.handle(new DeploymentRef(project, building),
				new JobHandler.Attempt(1, Duration.ZERO, Duration.ofMinutes(1)));

		assertThat(outcome).isEqualTo(JobHandler.Outcome.DONE);
		assertThat(find(building).status()).isEqualTo(Status.FAILED);
		assertThat(records.handles(building)).isFalse();
	}

	/** A deployment item as a run that ended abruptly left it. */
	private String leftBehind(Status status) {
		Instant now = Instant.now();
		String id = GenerationTable.newId(now);
		Map<String, AttributeValue> item = new HashMap<>(ProjectItems.key(project, DeploymentTable.PREFIX + id));
		item.put("GSI1PK", s(DeploymentTable.PREFIX + id));
		item.put("GSI1SK", s("DEPLOYMENT"));
		item.put("GSI2PK", s(DeploymentTable.UNSETTLED));
		item.put("GSI2SK", s(Attributes.timeKey(now, id)));
		item.put("id", s(id));
		item.put("projectId", s(project));
		item.put("environment", s("dev"));
		item.put("generationId", s(GenerationTable.newId(now)));
		item.put("status", s(status.name()));
		item.put("requestedBy", s("someone"));
		item.put("createdAt", time(now));
		item.put("updatedAt", time(now));
		if (status == Status.SUCCEEDED) {
			item.put("url", s(URI.create("http://127.0.0.1:1").toString()));
		}
		dynamo.putItem(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE)).item(item));
		return id;
	}

	private Deployment find(String id) {
		return table.find(project, id).orElseThrow();
	}

}
