package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.CloudWatchException;
import software.amazon.awssdk.services.cloudwatch.model.Dimension;
import software.amazon.awssdk.services.cloudwatch.model.DimensionFilter;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataRequest;
import software.amazon.awssdk.services.cloudwatch.model.GetMetricDataResponse;
import software.amazon.awssdk.services.cloudwatch.model.Metric;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;
import software.amazon.awssdk.services.cloudwatch.model.ScanBy;
import software.amazon.awssdk.services.cloudwatch.model.StatusCode;
import software.amazon.awssdk.services.ec2.Ec2Client;

import static dev.stratus.localcloud.Ec2EndpointTests.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The simulated CloudWatch through the SDK's CloudWatchClient, which speaks Smithy RPC v2 CBOR to it. */
class CloudWatchEndpointTests {

	private static final Instant HOUR_AGO = FleetFixture.FIRST_START.minus(Duration.ofHours(1));

	private final FleetFixture fixture = new FleetFixture();

	private final CloudWatchClient cloudWatch = fixture.cloudWatch("us-east-1");

	@AfterEach
	void stop() {
		cloudWatch.close();
		fixture.close();
	}

	@Test
	void servesAMinuteOfCpuForEveryMinuteOfAnHour() {
		MetricDataResult cpu = one("web-1", "CPUUtilization", 60, "Average", HOUR_AGO, FleetFixture.FIRST_START);

		assertThat(cpu.timestamps()).hasSize(60);
		assertThat(cpu.values()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
		assertThat(cpu.statusCode()).isEqualTo(StatusCode.COMPLETE);
		assertThat(cpu.label()).isEqualTo("CPUUtilization");
	}

	@Test
	void answersTheSameQueryWithTheSameNumbers() {
		MetricDataResult first = one("api-1", "NetworkIn", 300, "Sum", HOUR_AGO, FleetFixture.FIRST_START);
		MetricDataResult again = one("api-1", "NetworkIn", 300, "Sum", HOUR_AGO, FleetFixture.FIRST_START);

		assertThat(again.values()).isEqualTo(first.values());
		assertThat(again.timestamps()).isEqualTo(first.timestamps());
	}

	@Test
	void aggregatesMinutesIntoPeriodsPerStatistic() {
		List<Double> minutes = ascending("worker-1", "CPUUtilization", 60, "Average").values();
		List<Double> minutesIn = ascending("worker-1", "NetworkIn", 60, "Sum").values();

		MetricDataResult average = ascending("worker-1", "CPUUtilization", 900, "Average");
		MetricDataResult maximum = ascending("worker-1", "CPUUtilization", 900, "Maximum");
		MetricDataResult minimum = ascending("worker-1", "CPUUtilization", 900, "Minimum");
		MetricDataResult count = ascending("worker-1", "CPUUtilization", 900, "SampleCount");
		MetricDataResult sum = ascending("worker-1", "NetworkIn", 900, "Sum");

		assertThat(average.timestamps()).hasSize(4);
		assertThat(average.timestamps().get(1)).isEqualTo(average.timestamps().get(0).plusSeconds(900));
		List<Double> firstQuarter = minutes.subList(0, 15);
		assertThat(average.values().get(0))
			.isCloseTo(firstQuarter.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(1e-9));
		assertThat(maximum.values().get(0)).isEqualTo(firstQuarter.stream().mapToDouble(d -> d).max().orElseThrow());
		assertThat(minimum.values().get(0)).isEqualTo(firstQuarter.stream().mapToDouble(d -> d).min().orElseThrow());
		assertThat(count.values()).containsOnly(15.0);
		assertThat(sum.values().get(3)).isEqualTo(minutesIn.subList(45, 60).stream().mapToDouble(d -> d).sum());
	}

	@Test
	void scansNewestFirstUnlessAskedOtherwise() {
		MetricDataResult newestFirst = one("web-1", "CPUUtilization", 300, "Average", HOUR_AGO,
				FleetFixture.FIRST_START);

		assertThat(newestFirst.timestamps().get(0)).isAfter(newestFirst.timestamps().get(1));
		assertThat(ascending("web-1", "CPUUtilization", 300, "Average").timestamps().get(0))
			.isEqualTo(HOUR_AGO.truncatedTo(ChronoUnit.MINUTES));
	}

	@Test
	void hasNoCpuDataWhileAnInstanceIsStopped() {
		try (Ec2Client ec2 = fixture.ec2("us-east-1")) {
			ec2.stopInstances(b -> b.instanceIds(id("web-2")));
		}
		Instant stopped = fixture.fleet.now();
		fixture.clock.advance(Duration.ofHours(1));

		MetricDataResult before = one("web-2", "CPUUtilization", 60, "Average", HOUR_AGO, stopped);
		MetricDataResult after = one("web-2", "CPUUtilization", 60, "Average", stopped.plusSeconds(60),
				fixture.fleet.now());

		assertThat(before.values()).hasSize(60);
		assertThat(after.values()).isEmpty();
		assertThat(one("build-agent", "CPUUtilization", 60, "Average", HOUR_AGO, FleetFixture.FIRST_START).values())
			.isEmpty();
	}

	@Test
	void countsAFailedStatusCheckInTheMinuteOfAReboot() {
		try (Ec2Client ec2 = fixture.ec2("us-east-1")) {
			ec2.rebootInstances(b -> b.instanceIds(id("api-1")));
		}
		Instant rebooted = fixture.fleet.now();
		fixture.clock.advance(Duration.ofMinutes(5));

		MetricDataResult checks = one("api-1", "StatusCheckFailed", 60, "Maximum",
				rebooted.minus(Duration.ofMinutes(5)), fixture.fleet.now());

		assertThat(checks.values()).hasSize(10).containsOnly(0.0, 1.0);
		assertThat(checks.values().stream().filter(v -> v == 1.0)).hasSize(1);
	}

	@Test
	void seesNoMetricsOfAnotherRegionsInstance() {
		assertThat(one("web-eu-1", "CPUUtilization", 60, "Average", HOUR_AGO, FleetFixture.FIRST_START).values())
			.isEmpty();
		try (CloudWatchClient europe = fixture.cloudWatch("eu-west-1")) {
			var answer = europe.getMetricData(request("web-eu-1", "CPUUtilization", 60, "Average", HOUR_AGO,
					FleetFixture.FIRST_START, ScanBy.TIMESTAMP_DESCENDING));
			assertThat(answer.metricDataResults().get(0).values()).hasSize(60);
		}
	}

	@Test
	void pagesByMaxDatapoints() {
		GetMetricDataRequest request = request("web-1", "CPUUtilization", 60, "Average", HOUR_AGO,
				FleetFixture.FIRST_START, ScanBy.TIMESTAMP_ASCENDING)
			.toBuilder()
			.maxDatapoints(40)
			.build();

		GetMetricDataResponse first = cloudWatch.getMetricData(request);
		GetMetricDataResponse second = cloudWatch
			.getMetricData(request.toBuilder().nextToken(first.nextToken()).build());

		assertThat(first.metricDataResults().get(0).values()).hasSize(40);
		assertThat(first.metricDataResults().get(0).statusCode()).isEqualTo(StatusCode.PARTIAL_DATA);
		assertThat(second.metricDataResults().get(0).values()).hasSize(20);
		assertThat(second.nextToken()).isNull();
		assertThat(second.metricDataResults().get(0).timestamps().get(0))
			.isEqualTo(first.metricDataResults().get(0).timestamps().get(39).plusSeconds(60));
	}

	@Test
	void refusesAStartAfterTheEnd() {
		assertError(() -> one("web-1", "CPUUtilization", 60, "Average", FleetFixture.FIRST_START, HOUR_AGO),
				"InvalidParameterValue");
	}

	@Test
	void refusesAPeriodThatIsNoMultipleOfAMinute() {
		assertError(() -> one("web-1", "CPUUtilization", 90, "Average", HOUR_AGO, FleetFixture.FIRST_START),
				"InvalidParameterValue");
	}

	@Test
	void keepsPutMetricsAndServesThemBack() {
		Instant at = FleetFixture.FIRST_START.minus(Duration.ofMinutes(10));
		cloudWatch.putMetricData(b -> b.namespace("Stratus/Fleet")
			.metricData(d -> d.metricName("Actions").dimensions(dimension("Action", "reboot")).value(2.0).timestamp(at),
					d -> d.metricName("Actions")
						.dimensions(dimension("Action", "reboot"))
						.value(3.0)
						.timestamp(at.plusSeconds(20))));

		var answer = cloudWatch.getMetricData(b -> b.startTime(HOUR_AGO)
			.endTime(FleetFixture.FIRST_START)
			.metricDataQueries(q -> q.id("actions")
				.metricStat(s -> s.metric(m -> m.namespace("Stratus/Fleet")
					.metricName("Actions")
					.dimensions(dimension("Action", "reboot"))).period(300).stat("Sum"))));

		assertThat(answer.metricDataResults().get(0).values()).containsExactly(5.0);
	}

	@Test
	void refusesToTakeMetricsIntoAnAwsNamespace() {
		assertError(() -> cloudWatch.putMetricData(b -> b.namespace("AWS/EC2")
			.metricData(d -> d.metricName("CPUUtilization").value(1.0))), "InvalidParameterValue");
	}

	@Test
	void listsTheFleetsMetricsByNameAndDimension() {
		List<Metric> cpu = cloudWatch.listMetrics(b -> b.namespace("AWS/EC2").metricName("CPUUtilization")).metrics();
		List<Metric> ofOne = cloudWatch
			.listMetrics(b -> b.dimensions(DimensionFilter.builder().name("InstanceId").value(id("web-1")).build()))
			.metrics();

		assertThat(cpu).hasSize(7);
		assertThat(ofOne).extracting(Metric::metricName)
			.containsExactlyInAnyOrderElementsOf(FleetMetrics.NAMES);
	}

	@Test
	void answersTheProtocolItWasAskedIn() throws Exception {
		var answer = RawHttp.send(fixture.cloudWatchEndpoint(), "POST",
				"/service/GraniteServiceVersion20100801/operation/ListMetrics", java.util.Map.of());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.headers()).containsEntry("smithy-protocol", "rpc-v2-cbor")
			.containsEntry("content-type", "application/cbor");
	}

	private MetricDataResult ascending(String name, String metric, int period, String stat) {
		return cloudWatch.getMetricData(request(name, metric, period, stat, HOUR_AGO, FleetFixture.FIRST_START,
				ScanBy.TIMESTAMP_ASCENDING)).metricDataResults().get(0);
	}

	private MetricDataResult one(String name, String metric, int period, String stat, Instant from, Instant to) {
		return cloudWatch.getMetricData(request(name, metric, period, stat, from, to, ScanBy.TIMESTAMP_DESCENDING))
			.metricDataResults()
			.get(0);
	}

	private static GetMetricDataRequest request(String name, String metric, int period, String stat, Instant from,
			Instant to, ScanBy scanBy) {
		return GetMetricDataRequest.builder()
			.startTime(from)
			.endTime(to)
			.scanBy(scanBy)
			.metricDataQueries(MetricDataQuery.builder()
				.id("m1")
				.metricStat(s -> s.metric(m -> m.namespace("AWS/EC2")
					.metricName(metric)
					.dimensions(dimension("InstanceId", id(name)))).period(period).stat(stat))
				.build())
			.build();
	}

	private static Dimension dimension(String name, String value) {
		return Dimension.builder().name(name).value(value).build();
	}

	private static void assertError(Runnable call, String code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(CloudWatchException.class,
				ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo(code));
	}

}
