package dev.stratus.localcloud;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The AWS CLI, an independent client (Python, botocore), against the simulated EC2 and CloudWatch, as
 * the README shows it. Skipped where no {@code aws} command is installed.
 */
class AwsCliTests {

	private static FleetFixture fixture;

	@BeforeAll
	static void start() {
		assumeTrue(CliRun.awsInstalled(), "The AWS CLI ('aws') is not installed here; the SDK tests cover them");
		fixture = new FleetFixture();
	}

	@AfterAll
	static void stop() {
		if (fixture != null) {
			fixture.close();
		}
	}

	@Test
	void describesTheFleetWithEc2DescribeInstances() throws Exception {
		String out = aws("--endpoint-url", fixture.ec2Endpoint().toString(), "--region", "eu-west-1", "ec2",
				"describe-instances", "--filters", "Name=tag:team,Values=data", "--query",
				"Reservations[].Instances[].Tags[?Key=='Name'].Value[]", "--output", "text");

		assertThat(out.split("\\s+")).containsExactlyInAnyOrder("worker-eu-1", "analytics-eu");
	}

	@Test
	void reportsEc2ErrorsByTheirCode() throws Exception {
		CliRun result = run("--endpoint-url", fixture.ec2Endpoint().toString(), "ec2", "stop-instances",
				"--instance-ids", "i-0123456789abcdef0");

		assertThat(result.exit()).isNotZero();
		assertThat(result.err()).contains("InvalidInstanceID.NotFound");
	}

	@Test
	void readsCpuWithCloudWatchGetMetricData() throws Exception {
		Instant end = FleetFixture.FIRST_START;
		String query = "[{\"Id\":\"cpu\",\"MetricStat\":{\"Metric\":{\"Namespace\":\"AWS/EC2\","
				+ "\"MetricName\":\"CPUUtilization\",\"Dimensions\":[{\"Name\":\"InstanceId\",\"Value\":\""
				+ Ec2EndpointTests.id("web-1") + "\"}]},\"Period\":300,\"Stat\":\"Average\"}}]";

		String out = aws("--endpoint-url", fixture.cloudWatchEndpoint().toString(),
				"cloudwatch", "get-metric-data",
				"--metric-data-queries", query, "--start-time", end.minusSeconds(3600).toString(), "--end-time",
				end.toString(), "--query", "MetricDataResults[0].Values", "--output", "text");

		assertThat(out.trim().split("\\s+")).hasSize(12);
	}

	private static String aws(String... args) throws Exception {
		CliRun result = run(args);
		assertThat(result.exit()).as(result.err()).isZero();
		return result.out();
	}

	private static CliRun run(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("aws"));
		command.addAll(List.of(args));
		return CliRun.of(command, Map.of("AWS_ACCESS_KEY_ID", Endpoints.ACCESS_KEY, "AWS_SECRET_ACCESS_KEY",
				Endpoints.SECRET_KEY, "AWS_DEFAULT_REGION", Endpoints.REGION));
	}

}
