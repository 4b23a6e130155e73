package dev.stratus.workspace.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deleting a project: gone for every read at once, and the {@code project-deletions} job removes
 * every item of its partition and every S3 object under its prefixes, {@code META} last; run again
 * on a half-deleted project, it finishes the work.
 */
@IntegrationTest
class ProjectDeletionTests {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	S3Client s3;

	@Autowired
	CloudResources resources;

	@Autowired
	ProjectDeletion deletion;

	@Autowired
	ProjectObjects objects;

	WorkspaceFixture workspace;

	String table;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
		table = resources.tableName(WorkspaceResources.TABLE);
	}

	@Test
	void removesEveryItemAndObjectOfTheProject() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User viewer = workspace.member(project, owner, "viewer");
		workspace.invite(project, owner, TestUsers.newEmail("pending"), "editor");
		putObjects(project);
		String neighbour = workspace.project(owner);
		putObjects(neighbour);
		assertThat(items(project)).hasSizeGreaterThan(4);

		var deleted = api.delete("/api/projects/" + project, owner.auth());

		assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
		assertThat(deleted.data().path("deletedId").asString()).isEqualTo(project);
		assertThat(api.get("/api/projects/" + project, owner.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/projects/" + project + "/members", viewer.auth()).status()).isEqualTo(404);
		assertThat(api.get("/api/projects", viewer.auth()).data().path("count").asInt()).isZero();
		Awaitility.await("project " + project + " deleted")
			.atMost(DEADLINE)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> items(project).isEmpty() && keys(project).isEmpty());
		assertThat(keys(neighbour)).hasSize(3);
		assertThat(api.get("/api/projects/" + neighbour, owner.auth()).status()).isEqualTo(200);
	}

	@Test
	void finishesAHalfDoneDeletionWhenRunAgain() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		workspace.member(project, owner, "editor");
		workspace.invite(project, owner, TestUsers.newEmail("pending"), "viewer");
		putObjects(project);
		// As if a run stopped half way: marked for deletion (no message sent), a member and an object gone.
		dynamo.updateItem(b -> b.tableName(table)
			.key(ProjectItems.meta(project))
			.updateExpression("SET #status = :deleting")
			.expressionAttributeNames(Map.of("#status", "status"))
			.expressionAttributeValues(Map.of(":deleting", Attributes.s("DELETING"))));
		dynamo.deleteItem(b -> b.tableName(table).key(ProjectItems.member(project, owner.id())));
		s3.deleteObject(b -> b.bucket(objects.bucket()).key("architectures/" + project + "/a1/diagram.png"));
		assertThat(api.get("/api/projects/" + project, owner.auth()).status()).isEqualTo(404);

		JobHandler.Attempt attempt = new JobHandler.Attempt(1, Duration.ZERO, Duration.ofSeconds(60));
		assertThat(deletion.handle(project, attempt)).isEqualTo(JobHandler.Outcome.DONE);

		assertThat(items(project)).isEmpty();
		assertThat(keys(project)).isEmpty();
		assertThat(deletion.handle(project, attempt)).isEqualTo(JobHandler.Outcome.DONE);
		assertThat(deletion.standing(project)).isInstanceOf(JobHandler.Standing.Gone.class);
	}

	@Test
	void leavesAnActiveProjectAlone() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);

		assertThat(deletion.handle(project, new JobHandler.Attempt(1, Duration.ZERO, Duration.ofSeconds(60))))
			.isEqualTo(JobHandler.Outcome.DONE);

		assertThat(api.get("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);
		assertThat(deletion.standing(project)).isInstanceOf(JobHandler.Standing.Settled.class);
	}

	/** One object under each of the project's prefixes, as the other parts of the workspace put them. */
	private void putObjects(String project) {
		for (String key : List.of("architectures/" + project + "/a1/diagram.png",
				"code-generations/" + project + "/g1/archive.zip", "documentation/" + project + "/d1/spec.md")) {
			s3.putObject(b -> b.bucket(objects.bucket()).key(key), RequestBody.fromString("content"));
		}
	}

	private List<String> keys(String project) {
		return ProjectItems.OBJECT_PREFIXES.stream()
			.flatMap(prefix -> s3
				.listObjectsV2(b -> b.bucket(objects.bucket()).prefix(ProjectItems.objectPrefix(prefix, project)))
				.contents()
				.stream())
			.map(object -> object.key())
			.toList();
	}

	private List<Map<String, AttributeValue>> items(String project) {
		return dynamo
			.query(b -> b.tableName(table)
				.keyConditionExpression("PK = :project")
				.expressionAttributeValues(Map.of(":project", Attributes.s(ProjectItems.partition(project))))
				.consistentRead(true))
			.items();
	}

}
