package dev.stratus.platform.jobs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.StratusProperties.Runtime;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.cloud.TableSpec;
import dev.stratus.platform.dynamo.QueryPages;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.Mockito.mock;

class JobPipelinesTests {

	private static final JobSettings SETTINGS = new JobSettings(2, 1, 1, Duration.ofMillis(500),
			List.of(Duration.ofSeconds(10)), Duration.ofSeconds(30), Duration.ofSeconds(60));

	private static final Job<UUID> STARTS = Job.withoutSweep(
			JobSpec.of("fleet-starts", new Subject<>("action", UUID::toString, text -> java.util.Optional.empty()),
					TableSpec.singleTable("fleet", "GSI1")),
			SETTINGS, mock());

	@Test
	void refusesAJobWhoseQueueTheModuleDidNotDeclare() {
		JobPipelines pipelines = pipelines(List.of());

		assertThatIllegalStateException().isThrownBy(() -> pipelines.create(STARTS))
			.withMessageContaining("fleet-starts");
	}

	@Test
	void buildsAJobWhoseQueueIsDeclared() {
		JobPipelines pipelines = pipelines(List.of(SETTINGS.queue("fleet-starts")));

		assertThat(pipelines.create(STARTS).isRunning()).isFalse();
	}

	@Test
	void startsNoBackgroundLoopOnLambda() {
		JobPipeline<UUID> pipeline = pipelines(List.of(SETTINGS.queue("fleet-starts")), Runtime.LAMBDA).create(STARTS);

		pipeline.start();

		assertThat(pipeline.isRunning()).isFalse();
		assertThat(pipeline.relay().isRunning()).isFalse();
		assertThat(pipeline.worker().isRunning()).isFalse();
	}

	@Test
	void startsItsLoopsOnAServer() {
		JobPipeline<UUID> pipeline = pipelines(List.of(SETTINGS.queue("fleet-starts")), Runtime.SERVER).create(STARTS);

		pipeline.start();
		try {
			assertThat(pipeline.relay().isRunning()).isTrue();
			assertThat(pipeline.worker().isRunning()).isTrue();
		}
		finally {
			pipeline.stop();
		}
	}

	private static JobPipelines pipelines(List<dev.stratus.platform.cloud.QueueSpec> declared) {
		return pipelines(declared, Runtime.SERVER);
	}

	private static JobPipelines pipelines(List<dev.stratus.platform.cloud.QueueSpec> declared, Runtime runtime) {
		return new JobPipelines(mock(SqsClient.class), mock(DynamoDbClient.class), mock(CloudResources.class),
				mock(AdminAlerts.class), declared, mock(QueryPages.class), java.time.Clock.systemUTC(),
				new StratusProperties(StratusProperties.Mode.LOCAL, null, "", true, null, List.of(), null, null,
						runtime));
	}

}
