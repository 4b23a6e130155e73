package dev.stratus.workspace.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.JobHandler;
import dev.stratus.platform.jobs.JobHandler.Outcome;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.TestSchemas;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.Schema;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code code-generations} job's handler driven directly, as a redelivery, a crash or a deletion
 * would drive it: the queue's worker is stopped meanwhile, so each test decides when a message is handled.
 */
@IntegrationTest
class CodeGenerationTests {

	private static final JobHandler.Attempt ATTEMPT = new JobHandler.Attempt(1, Duration.ZERO,
			Duration.ofSeconds(60));

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
	CodeGeneration handler;

	@Autowired
	JobPipeline<GenerationRef> job;

	@Autowired
	GenerationTable generations;

	@Autowired
	JsonMapper json;

	@Autowired
	ProjectObjects objects;

	WorkspaceFixture workspace;

	User owner;

	String project;

	@BeforeEach
	void fixture() {
		job.worker().stop();
		workspace = new WorkspaceFixture(api, testUsers, cloud);
		owner = workspace.newUser("coder");
		project = workspace.project(owner);
		TestSchemas.save(api, owner, project, TestSchemas.SHOP);
	}

	@AfterEach
	void restart() {
		job.worker().start();
	}

	@Test
	void leavesAReadyGenerationAloneWhenItsMessageComesAgain() {
		GenerationRef ref = request();
		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);
		StoredGeneration ready = generations.find(project, ref.generationId()).orElseThrow();
		assertThat(ready.generation().status()).isEqualTo(Generation.Status.READY);
		s3.deleteObject(b -> b.bucket(objects.bucket()).key(GenerationArchives.key(ref)));

		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);

		assertThat(generations.find(project, ref.generationId()).orElseThrow()).isEqualTo(ready);
		assertThat(archive(ref)).as("no second upload").isFalse();
		assertThat(mails("is ready")).isEqualTo(1);
		assertThat(handler.standing(ref)).isInstanceOf(JobHandler.Standing.Settled.class);
	}

	@Test
	void completesAGenerationThatStoppedAfterItsUpload() {
		GenerationRef ref = request();
		// As if a worker stopped after the upload: RUNNING, the archive already at its key.
		assertThat(generations.run(ref)).isTrue();
		s3.putObject(b -> b.bucket(objects.bucket()).key(GenerationArchives.key(ref)),
				RequestBody.fromString("half"));

		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);

		Generation ready = generations.find(project, ref.generationId()).orElseThrow().generation();
		assertThat(ready.status()).isEqualTo(Generation.Status.READY);
		long size = s3.headObject(b -> b.bucket(objects.bucket()).key(GenerationArchives.key(ref))).contentLength();
		assertThat(ready.sizeBytes()).isEqualTo(size).isGreaterThan(4);
	}

	@Test
	void failsForGoodWhenTheSchemaCannotBeRendered() {
		GenerationRef ref = request();
		// A stored version the renderer cannot read (an unknown type, past the rules): rendering throws.
		Schema broken = new Schema(
				List.of(new Entity("Customer", List.of(new Field("x", "blob", null, null, null)), List.of())));
		var body = new Documents(json).write(SchemaTable.json(broken), "entities");
		dynamo.updateItem(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE))
			.key(ProjectItems.key(project, SchemaTable.PREFIX + "0000000001"))
			.updateExpression("SET body = :body")
			.expressionAttributeValues(Map.of(":body", body)));

		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);

		Generation failed = generations.find(project, ref.generationId()).orElseThrow().generation();
		assertThat(failed.status()).isEqualTo(Generation.Status.FAILED);
		assertThat(failed.error()).startsWith("The code could not be rendered: ")
			.contains("entities[0].fields[0].type");
		assertThat(failed.completedAt()).isNotNull();
		assertThat(archive(ref)).isFalse();
		assertThat(activityTypes()).contains("generation_requested", "generation_failed");
		assertThat(mails("failed")).isEqualTo(1);
		assertThat(handler.standing(ref)).isInstanceOf(JobHandler.Standing.Settled.class);
	}

	@Test
	void writesNothingForAProjectThatIsBeingDeleted() {
		GenerationRef ref = request();
		assertThat(api.delete("/api/projects/" + project, owner.auth()).status()).isEqualTo(200);

		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);

		Awaitility.await("project " + project + " deleted")
			.atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> generations.find(project, ref.generationId()).isEmpty());
		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);
		assertThat(generations.find(project, ref.generationId())).isEmpty();
		assertThat(archive(ref)).isFalse();
		assertThat(handler.standing(ref)).isInstanceOf(JobHandler.Standing.Gone.class);
	}

	@Test
	void failsADeadLetteredGenerationAndQueuesItAgainOnRedrive() {
		GenerationRef ref = request();
		generations.recordFailure(ref, "Storing the archive failed: S3Exception", Instant.now());
		assertThat(handler.standing(ref)).isInstanceOfSatisfying(JobHandler.Standing.Failing.class,
				failing -> assertThat(failing.lastError()).isEqualTo("Storing the archive failed: S3Exception"));

		handler.park(ref);

		StoredGeneration parked = generations.find(project, ref.generationId()).orElseThrow();
		assertThat(parked.generation().status()).isEqualTo(Generation.Status.FAILED);
		assertThat(parked.generation().error()).contains("S3Exception");
		assertThat(handler.overdue(Instant.now().plusSeconds(3600))).doesNotContain(ref);
		handler.restart(ref, Instant.now());
		assertThat(generations.find(project, ref.generationId()).orElseThrow().generation().status())
			.isEqualTo(Generation.Status.QUEUED);
		assertThat(handler.overdue(Instant.now().plusSeconds(3600))).contains(ref);
		assertThat(handler.handle(ref, ATTEMPT)).isEqualTo(Outcome.DONE);
		assertThat(generations.find(project, ref.generationId()).orElseThrow().generation().status())
			.isEqualTo(Generation.Status.READY);
	}

	/** A generation requested over HTTP and left in the queue for the test to handle. */
	private GenerationRef request() {
		var started = api.post("/api/projects/" + project + "/generations", "", owner.auth());
		assertThat(started.status()).as(started.body()).isEqualTo(202);
		return new GenerationRef(project, started.data().path("id").asString());
	}

	private boolean archive(GenerationRef ref) {
		return !s3.listObjectsV2(b -> b.bucket(objects.bucket()).prefix(GenerationArchives.key(ref)))
			.contents()
			.isEmpty();
	}

	private long mails(String subjectPart) {
		return new MailboxReader(cloud).latest(owner.email(), 20)
			.stream()
			.filter(mail -> mail.subject().contains(subjectPart))
			.count();
	}

	private List<String> activityTypes() {
		return dynamo
			.query(b -> b.tableName(resources.tableName(WorkspaceResources.TABLE))
				.keyConditionExpression("PK = :project AND begins_with(SK, :activity)")
				.expressionAttributeValues(Map.of(":project", Attributes.s(ProjectItems.partition(project)),
						":activity", Attributes.s(ProjectItems.ACTIVITY)))
				.consistentRead(true))
			.items()
			.stream()
			.map(item -> Attributes.str(item, "type"))
			.toList();
	}

}
