package dev.stratus.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.stratus.bench.PairedReads.Pair;
import software.amazon.awssdk.services.ec2.model.Instance;
import software.amazon.awssdk.services.ec2.model.InstanceStateName;

/**
 * The fleet's reads through the API against the same EC2 and CloudWatch calls made straight at the local cloud's
 * endpoints, in the same run ({@link FleetBaseline}): the instance list of every region and of one, and the
 * console's 24h CPU chart. Before anything is measured, the API is checked to show what EC2 and CloudWatch hold.
 */
final class FleetReads {

	/** The one-region list's region. */
	static final String REGION = "eu-west-1";

	/** Where the charted instance is: the app looks instances up region by region, and this is the first. */
	static final String CHART_REGION = "us-east-1";

	/** Half the throughput table's warm-up per call: six calls, all on code the app runs for every request. */
	static final Duration WARMUP = Throughput.APP_WARMUP.dividedBy(2);

	private FleetReads() {
	}

	/** What the checks found, for the measured steps to expect. */
	record Fleet(int instances, int inRegion, String charted) {
	}

	/**
	 * The list through the API names the instances DescribeInstances gives, in the same order, for every region
	 * and for one; the chart through the API has the points GetMetricData gives for the same query.
	 */
	static Fleet check(Run run, Shop shop, String token, FleetBaseline baseline) {
		run.progress.step("fleet: the API against EC2 and CloudWatch");
		FleetApi api = new FleetApi(shop);
		List<String> direct = ids(baseline.listAll());
		Api.Response all = api.instances(token, null);
		run.report.check(Check.of("the fleet list of every region shows the instances DescribeInstances gives, in "
				+ "its order, on one page", all.status() == 200 && !direct.isEmpty()
						&& FleetApi.ids(all).equals(direct) && all.data().path("nextToken").isMissingNode(),
				"API " + all + " with " + FleetApi.ids(all).size() + " instances, EC2 " + direct.size()));
		List<String> directInRegion = ids(baseline.list(REGION));
		Api.Response inRegion = api.instances(token, REGION);
		run.report.check(Check.of("the fleet list of " + REGION + " shows the instances DescribeInstances gives there",
				inRegion.status() == 200 && !directInRegion.isEmpty() && FleetApi.ids(inRegion).equals(directInRegion),
				"API " + inRegion + " with " + FleetApi.ids(inRegion).size() + " instances, EC2 "
						+ directInRegion.size()));
		String charted = baseline.list(CHART_REGION)
			.stream()
			.filter(instance -> instance.state().name() == InstanceStateName.RUNNING)
			.map(Instance::instanceId)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No running instance in " + CHART_REGION));
		chart(run, api, token, baseline, charted);
		return new Fleet(direct.size(), directInRegion.size(), charted);
	}

	/**
	 * Both charts' timestamps are equal, and their values but the newest (its minutes go on while the two are
	 * read). A 900 s boundary may fall between the two reads, so they are read again until they agree or 10 s
	 * pass.
	 */
	private static void chart(Run run, FleetApi api, String token, FleetBaseline baseline, String instanceId) {
		List<String> last = new ArrayList<>();
		boolean same = Deadline.until(Duration.ofSeconds(10), Duration.ofMillis(100), () -> {
			Map<Instant, Double> direct = baseline.cpuDay(CHART_REGION, instanceId, Instant.now());
			Api.Response chart = api.cpuDay(token, instanceId);
			Map<Instant, Double> shown = FleetApi.points(chart);
			last.add("API " + chart + " with " + shown.size() + " points, GetMetricData " + direct.size());
			return chart.status() == 200 && !direct.isEmpty() && shown.keySet().equals(direct.keySet())
					&& direct.keySet()
						.stream()
						.limit(direct.size() - 1L)
						.allMatch(time -> Math.abs(direct.get(time) - shown.get(time)) < 1e-9);
		});
		run.report.check(Check.of("the 24h CPU chart through the API has the points GetMetricData gives for the "
				+ "same query", same, last.get(last.size() - 1)));
	}

	/** The checks, then each call against its baseline at 1 and 8 clients (full run). */
	static void compare(Run run, Shop shop, String token, FleetBaseline baseline) {
		Fleet fleet = check(run, shop, token, baseline);
		var table = PairedReads.compare(run, "Fleet reads: API against the same EC2 and CloudWatch calls (same run)",
				pairs(new FleetApi(shop), token, baseline, fleet), WARMUP, "fleetReads");
		table.notes().add("The baseline is every SDK call the app makes for the same answer, with the app's client "
				+ "settings: a list is `DescribeInstances` (100 a page) and `DescribeInstanceStatus` of its running "
				+ "instances, per region; a chart looks the instance up the same way in " + CHART_REGION + " (where "
				+ "the app looks first), then sends `GetMetricData` with the app's query (24 h of CPUUtilization at "
				+ "900 s, Average). A ratio is API/baseline latency, so what is above 1× is the app's own cost "
				+ "(HTTP, token check, JSON, mapping). Each call was warmed up unrecorded for " + WARMUP.toSeconds()
				+ " s at 8 clients first.");
	}

	/** The three reads and their baselines, each checking its answer against what the checks found. */
	private static List<Pair> pairs(FleetApi api, String token, FleetBaseline baseline, Fleet fleet) {
		Pair everyRegion = new Pair(new Bench.Step("GET /api/fleet/instances", c -> {
			Api.Response page = api.instances(token, null);
			return page.status() == 200 && FleetApi.ids(page).size() == fleet.instances();
		}), new Bench.Step("EC2 list, every region", c -> baseline.listAll().size() == fleet.instances()));
		Pair oneRegion = new Pair(new Bench.Step("GET /api/fleet/instances?region=" + REGION, c -> {
			Api.Response page = api.instances(token, REGION);
			return page.status() == 200 && FleetApi.ids(page).size() == fleet.inRegion();
		}), new Bench.Step("EC2 list, " + REGION, c -> baseline.list(REGION).size() == fleet.inRegion()));
		Pair chart = new Pair(new Bench.Step("GET .../metrics (24h CPU)", c -> {
			Api.Response points = api.cpuDay(token, fleet.charted());
			return points.status() == 200 && !points.data().path("points").isEmpty();
		}), new Bench.Step("EC2 lookup + GetMetricData",
				c -> !baseline.cpuDay(CHART_REGION, fleet.charted(), Instant.now()).isEmpty()));
		return List.of(everyRegion, oneRegion, chart);
	}

	private static List<String> ids(List<Instance> instances) {
		return instances.stream().map(Instance::instanceId).toList();
	}

}
