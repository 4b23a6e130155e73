package dev.stratus.localcloud;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.DescribeInstancesRequest;
import software.amazon.awssdk.services.ec2.model.Ec2Exception;
import software.amazon.awssdk.services.ec2.model.Filter;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateChange;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;
import software.amazon.awssdk.services.ec2.model.InstanceStatus;
import software.amazon.awssdk.services.ec2.model.Reservation;
import software.amazon.awssdk.services.ec2.model.SummaryStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The simulated EC2 through the AWS SDK's own Ec2Client, as the fleet module will use it. */
class Ec2EndpointTests {

	private final FleetFixture fixture = new FleetFixture();

	private final Ec2Client ec2 = fixture.ec2("us-east-1");

	@AfterEach
	void stop() {
		ec2.close();
		fixture.close();
	}

	@Test
	void describesTheInstancesOfTheRegionTheRequestIsSignedFor() {
		try (Ec2Client europe = fixture.ec2("eu-west-1"); Ec2Client elsewhere = fixture.ec2("ap-south-1")) {
			List<Instance> us = instances(ec2.describeInstances(b -> { }).reservations());
			List<Instance> eu = instances(europe.describeInstances(b -> { }).reservations());

			assertThat(us).hasSize(7).allSatisfy(i -> assertThat(i.placement().availabilityZone()).startsWith("us-"));
			assertThat(eu).hasSize(5).allSatisfy(i -> assertThat(i.placement().availabilityZone()).startsWith("eu-"));
			assertThat(instances(elsewhere.describeInstances(b -> { }).reservations())).isEmpty();
		}
	}

	@Test
	void describesAnInstanceAsEc2Does() {
		Instance web = only(ec2.describeInstances(b -> b.instanceIds(id("web-1"))).reservations());

		assertThat(web.instanceId()).matches("i-[0-9a-f]{17}");
		assertThat(web.state().name()).isEqualTo(InstanceStateName.RUNNING);
		assertThat(web.state().code()).isEqualTo(16);
		assertThat(web.instanceTypeAsString()).isEqualTo("t3.micro");
		assertThat(web.platformDetails()).isEqualTo("Linux/UNIX");
		assertThat(web.privateIpAddress()).startsWith("10.0.");
		assertThat(web.publicIpAddress()).isNotBlank();
		assertThat(web.launchTime()).isBefore(FleetFixture.FIRST_START);
		assertThat(web.tags()).anySatisfy(t -> {
			assertThat(t.key()).isEqualTo("Name");
			assertThat(t.value()).isEqualTo("web-1");
		});
	}

	@Test
	void groupsInstancesLaunchedTogetherInOneReservation() {
		List<Reservation> reservations = ec2
			.describeInstances(b -> b.instanceIds(id("web-1"), id("web-2"), id("api-1")))
			.reservations();

		assertThat(reservations).hasSize(2);
		assertThat(reservations.get(0).instances()).extracting(Instance::instanceId).containsExactly(id("web-1"),
				id("web-2"));
	}

	@Test
	void describesWindowsInstancesWithTheirPlatform() {
		Instance reporting = only(ec2.describeInstances(b -> b.instanceIds(id("reporting"))).reservations());

		assertThat(reporting.platformAsString()).isEqualTo("windows");
		assertThat(reporting.platformDetails()).isEqualTo("Windows");
	}

	@Nested
	class Filters {

		@Test
		void filtersByState() {
			assertThat(names(filter("instance-state-name", "stopped"))).containsExactly("build-agent");
		}

		@Test
		void filtersByTypeWithEitherOfSeveralValues() {
			assertThat(names(filter("instance-type", "m5.xlarge", "c6g.large"))).containsExactlyInAnyOrder("api-1",
					"worker-1", "build-agent");
		}

		@Test
		void filtersByTagWithWildcards() {
			assertThat(names(filter("tag:Name", "web-*"))).containsExactly("web-1", "web-2");
			assertThat(names(filter("tag:team", "platform"))).containsExactly("api-1");
		}

		@Test
		void filtersByTagKeyAndZone() {
			assertThat(names(filter("tag-key", "team"))).hasSize(7);
			assertThat(names(filter("availability-zone", "us-east-1c"))).containsExactlyInAnyOrder("worker-1",
					"build-agent");
		}

		@Test
		void combinesFiltersWithAnd() {
			List<String> names = names(ec2.describeInstances(b -> b.filters(
					Filter.builder().name("instance-state-name").values("running").build(),
					Filter.builder().name("tag:env").values("prod").build())).reservations());

			assertThat(names).containsExactlyInAnyOrder("web-1", "web-2", "api-1", "worker-1", "bastion");
		}

		@Test
		void refusesAFilterItDoesNotKnow() {
			assertThatThrownBy(() -> filter("flavour", "x")).isInstanceOfSatisfying(Ec2Exception.class,
					ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo("InvalidParameterValue"));
		}

		private List<Reservation> filter(String name, String... values) {
			return ec2.describeInstances(b -> b.filters(Filter.builder().name(name).values(values).build()))
				.reservations();
		}

	}

	@Nested
	class Paging {

		@Test
		void pagesWithMaxResultsAndNextToken() {
			var first = ec2.describeInstances(b -> b.maxResults(5));
			var second = ec2.describeInstances(b -> b.maxResults(5).nextToken(first.nextToken()));

			assertThat(instances(first.reservations())).hasSize(5);
			assertThat(first.nextToken()).isNotBlank();
			assertThat(instances(second.reservations())).hasSize(2);
			assertThat(second.nextToken()).isNull();
		}

		@Test
		void walksEveryPageWithTheSdkPaginator() {
			List<String> ids = ec2.describeInstancesPaginator(DescribeInstancesRequest.builder().maxResults(5).build())
				.reservations()
				.stream()
				.flatMap(r -> r.instances().stream())
				.map(Instance::instanceId)
				.toList();

			assertThat(ids).hasSize(7).doesNotHaveDuplicates();
		}

		@Test
		void refusesMaxResultsOutsideFiveToAThousand() {
			assertError(() -> ec2.describeInstances(b -> b.maxResults(4)), "InvalidParameterValue");
			assertError(() -> ec2.describeInstances(b -> b.maxResults(1001)), "InvalidParameterValue");
		}

		@Test
		void refusesMaxResultsWithInstanceIds() {
			assertError(() -> ec2.describeInstances(b -> b.maxResults(5).instanceIds(id("web-1"))),
					"InvalidParameterCombination");
		}

		@Test
		void refusesATokenOfAnotherQuery() {
			String token = ec2.describeInstances(b -> b.maxResults(5)).nextToken();

			assertError(() -> ec2.describeInstances(b -> b.maxResults(5)
				.nextToken(token)
				.filters(Filter.builder().name("tag-key").values("env").build())), "InvalidPaginationToken");
		}

	}

	@Nested
	class Errors {

		@Test
		void reportsAnUnknownInstance() {
			assertError(() -> ec2.describeInstances(b -> b.instanceIds("i-0123456789abcdef0")),
					"InvalidInstanceID.NotFound");
		}

		@Test
		void reportsAnInstanceOfAnotherRegionAsUnknown() {
			assertError(() -> ec2.stopInstances(b -> b.instanceIds(id("web-eu-1"))), "InvalidInstanceID.NotFound");
		}

		@Test
		void reportsAMalformedId() {
			assertError(() -> ec2.rebootInstances(b -> b.instanceIds("web-1")), "InvalidInstanceID.Malformed");
		}

		@Test
		void refusesToRebootAStoppedInstance() {
			assertError(() -> ec2.rebootInstances(b -> b.instanceIds(id("build-agent"))), "IncorrectInstanceState");
		}

		@Test
		void refusesToStartAnInstanceThatIsStillStopping() {
			ec2.stopInstances(b -> b.instanceIds(id("api-1")));

			assertError(() -> ec2.startInstances(b -> b.instanceIds(id("api-1"))), "IncorrectInstanceState");
		}

		@Test
		void changesNoInstanceWhenOneOfThemRefuses() {
			assertError(() -> ec2.stopInstances(b -> b.instanceIds(id("web-1"), "i-0123456789abcdef0")),
					"InvalidInstanceID.NotFound");

			assertThat(state("web-1")).isEqualTo(InstanceStateName.RUNNING);
		}

	}

	@Nested
	class Transitions {

		@Test
		void stopsARunningInstanceThroughStopping() {
			InstanceStateChange change = ec2.stopInstances(b -> b.instanceIds(id("web-2"))).stoppingInstances().get(0);

			assertThat(change.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
			assertThat(change.currentState().name()).isEqualTo(InstanceStateName.STOPPING);
			fixture.clock.advance(Duration.ofSeconds(4));
			assertThat(state("web-2")).isEqualTo(InstanceStateName.STOPPING);
			fixture.clock.advance(Duration.ofSeconds(7));
			assertThat(state("web-2")).isEqualTo(InstanceStateName.STOPPED);
			assertThat(describe("web-2").publicIpAddress()).isNull();
		}

		@Test
		void startsAStoppedInstanceThroughPendingThenInitializingChecks() {
			InstanceStateChange change = ec2.startInstances(b -> b.instanceIds(id("build-agent")))
				.startingInstances()
				.get(0);

			assertThat(change.previousState().name()).isEqualTo(InstanceStateName.STOPPED);
			assertThat(change.currentState().name()).isEqualTo(InstanceStateName.PENDING);
			fixture.clock.advance(Duration.ofSeconds(11));
			assertThat(state("build-agent")).isEqualTo(InstanceStateName.RUNNING);
			assertThat(status("build-agent").instanceStatus().status()).isEqualTo(SummaryStatus.INITIALIZING);
			fixture.clock.advance(SimulatedInstance.CHECKS_AFTER_START);
			assertThat(status("build-agent").instanceStatus().status()).isEqualTo(SummaryStatus.OK);
		}

		@Test
		void rebootKeepsTheInstanceRunningWhileItsChecksInitialize() {
			assertThat(status("api-1").instanceStatus().status()).isEqualTo(SummaryStatus.OK);

			ec2.rebootInstances(b -> b.instanceIds(id("api-1")));

			assertThat(state("api-1")).isEqualTo(InstanceStateName.RUNNING);
			assertThat(status("api-1").instanceStatus().status()).isEqualTo(SummaryStatus.INITIALIZING);
			assertThat(status("api-1").systemStatus().status()).isEqualTo(SummaryStatus.INITIALIZING);
			fixture.clock.advance(Duration.ofSeconds(21));
			assertThat(status("api-1").instanceStatus().status()).isEqualTo(SummaryStatus.OK);
		}

		@Test
		void treatsStartingARunningInstanceAsDoneAsEc2Does() {
			InstanceStateChange change = ec2.startInstances(b -> b.instanceIds(id("web-1"))).startingInstances().get(0);

			assertThat(change.previousState().name()).isEqualTo(InstanceStateName.RUNNING);
			assertThat(change.currentState().name()).isEqualTo(InstanceStateName.RUNNING);
		}

		@Test
		void treatsStoppingAStoppedInstanceAsDoneAsEc2Does() {
			InstanceStateChange change = ec2.stopInstances(b -> b.instanceIds(id("build-agent")))
				.stoppingInstances()
				.get(0);

			assertThat(change.previousState().name()).isEqualTo(InstanceStateName.STOPPED);
			assertThat(change.currentState().name()).isEqualTo(InstanceStateName.STOPPED);
		}

	}

	@Nested
	class InstanceStatuses {

		@Test
		void listsRunningInstancesOnlyUnlessAskedForAll() {
			assertThat(ec2.describeInstanceStatus(b -> { }).instanceStatuses()).hasSize(6);
			List<InstanceStatus> all = ec2.describeInstanceStatus(b -> b.includeAllInstances(true)).instanceStatuses();

			assertThat(all).hasSize(7);
			assertThat(all).filteredOn(s -> s.instanceId().equals(id("build-agent")))
				.singleElement()
				.satisfies(s -> assertThat(s.instanceStatus().status()).isEqualTo(SummaryStatus.NOT_APPLICABLE));
		}

		@Test
		void pagesStatuses() {
			var first = ec2.describeInstanceStatus(b -> b.includeAllInstances(true).maxResults(5));
			var second = ec2.describeInstanceStatus(
					b -> b.includeAllInstances(true).maxResults(5).nextToken(first.nextToken()));

			assertThat(first.instanceStatuses()).hasSize(5);
			assertThat(second.instanceStatuses()).hasSize(2);
			assertThat(second.nextToken()).isNull();
		}

	}

	@Test
	void describesItsRegionsAndTheirZones() {
		assertThat(ec2.describeRegions().regions()).extracting(r -> r.regionName())
			.containsExactly("eu-west-1", "us-east-1");
		assertThat(ec2.describeAvailabilityZones().availabilityZones()).extracting(z -> z.zoneName() + "/" + z.zoneId())
			.containsExactly("us-east-1a/use1-az1", "us-east-1b/use1-az2", "us-east-1c/use1-az3");
	}

	@Test
	void answersAPlainFormPostInEc2sNamespace() throws Exception {
		var answer = RawHttp.send(fixture.ec2Endpoint(), "POST", "/?Action=DescribeInstances&Version=2016-11-15",
				java.util.Map.of());

		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.body()).contains("<DescribeInstancesResponse xmlns=\"" + Ec2Xml.NAMESPACE + "\">")
			.contains(id("web-1"));
	}

	static String id(String name) {
		return FleetSeed.instances(FleetFixture.FIRST_START)
			.stream()
			.filter(i -> i.name().equals(name))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private InstanceStateName state(String name) {
		return describe(name).state().name();
	}

	private Instance describe(String name) {
		return only(ec2.describeInstances(b -> b.instanceIds(id(name))).reservations());
	}

	private InstanceStatus status(String name) {
		return ec2.describeInstanceStatus(b -> b.instanceIds(id(name)).includeAllInstances(true))
			.instanceStatuses()
			.get(0);
	}

	private static void assertError(Runnable call, String code) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(Ec2Exception.class,
				ex -> assertThat(ex.awsErrorDetails().errorCode()).isEqualTo(code));
	}

	private static List<Instance> instances(List<Reservation> reservations) {
		return reservations.stream().flatMap(r -> r.instances().stream()).toList();
	}

	private static Instance only(List<Reservation> reservations) {
		List<Instance> instances = instances(reservations);
		assertThat(instances).hasSize(1);
		return instances.get(0);
	}

	private static List<String> names(List<Reservation> reservations) {
		return instances(reservations).stream()
			.map(i -> i.tags().stream().filter(t -> t.key().equals("Name")).findFirst().orElseThrow().value())
			.toList();
	}

}
