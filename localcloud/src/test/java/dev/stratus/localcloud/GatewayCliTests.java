package dev.stratus.localcloud;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The AWS CLI reaching every service through the gateway with nothing but {@code eval "$(./stratus env)"},
 * as the README shows it. Skipped where no {@code aws} command is installed.
 */
class GatewayCliTests {

	@TempDir
	static Path dataDir;

	private static LocalCloud cloud;

	@BeforeAll
	static void start() {
		assumeTrue(CliRun.awsInstalled(), "The AWS CLI ('aws') is not installed here; GatewayTests cover the gateway");
		cloud = LocalCloud.start(LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any()));
		var gateway = cloud.endpoints().gateway();
		try (var dynamo = Sdk.dynamo(gateway); var sqs = Sdk.sqs(gateway); var s3 = Sdk.s3(gateway)) {
			GatewayTests.createTable(dynamo, "cli-table");
			sqs.createQueue(b -> b.queueName("cli-queue"));
			s3.createBucket(b -> b.bucket("cli-bucket"));
		}
	}

	@AfterAll
	static void stop() {
		if (cloud != null) {
			cloud.close();
		}
	}

	@Test
	void printsTheSettingsOfTheRunningLocalCloud() throws Exception {
		CliRun env = bash(stratus() + " env");

		assertThat(env.exit()).as(env.err()).isZero();
		assertThat(env.out()).contains("export AWS_ENDPOINT_URL=" + cloud.endpoints().gateway() + "\n",
				"export AWS_ACCESS_KEY_ID=local\n", "export AWS_REGION=us-east-1\n",
				"export AWS_DEFAULT_REGION=us-east-1\n");
	}

	@Test
	void listsTablesQueuesBucketsAndInstancesWithNoFlags() throws Exception {
		CliRun listed = bash("eval \"$(" + stratus() + " env)\" && aws dynamodb list-tables --output text"
				+ " && aws sqs list-queues --output text && aws s3 ls"
				+ " && aws ec2 describe-instances --query 'length(Reservations[].Instances[])' --output text");

		assertThat(listed.exit()).as(listed.err()).isZero();
		List<String> lines = listed.out().lines().toList();
		assertThat(lines).anyMatch(line -> line.matches("TABLENAMES\\s+cli-table"))
			.anyMatch(line -> line.matches("QUEUEURLS\\s+http://\\S+/cli-queue"))
			.anyMatch(line -> line.endsWith(" cli-bucket"));
		assertThat(Integer.parseInt(lines.get(lines.size() - 1).trim())).isPositive();
	}

	@Test
	void saysWhenNoLocalCloudIsRunning(@TempDir Path empty) throws Exception {
		CliRun env = bash("STRATUS_DATA_DIR=" + empty + " " + stratus() + " env");

		assertThat(env.exit()).isNotZero();
		assertThat(env.out()).isEmpty();
		assertThat(env.err()).contains("no local cloud is running");
	}

	private static String stratus() {
		return "bash " + LocalCloud.home().resolve("stratus");
	}

	/** Runs a script with the local cloud's data dir. */
	private static CliRun bash(String script) throws IOException, InterruptedException {
		return CliRun.of(List.of("bash", "-c", script), Map.of("STRATUS_DATA_DIR", dataDir.toString()));
	}

}
