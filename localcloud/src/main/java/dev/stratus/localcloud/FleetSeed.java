package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated fleet as it is on first start: a dozen instances in {@code us-east-1} and
 * {@code eu-west-1}, of several types and both platforms. Ids, addresses and tags are the same on every
 * machine; launch times are days before the first start, so there is metric history to look at.
 */
final class FleetSeed {

	private record Row(String name, String region, char zone, String type, String platform, String env, String team,
			String reservation, boolean stopped, boolean publicIp, int daysAgo) {
	}

	private static final List<Row> ROWS = List.of(
			new Row("web-1", "us-east-1", 'a', "t3.micro", "Linux/UNIX", "prod", "web", "web", false, true, 40),
			new Row("web-2", "us-east-1", 'b', "t3.micro", "Linux/UNIX", "prod", "web", "web", false, true, 40),
			new Row("api-1", "us-east-1", 'a', "m5.xlarge", "Linux/UNIX", "prod", "platform", "api", false, false, 25),
			new Row("worker-1", "us-east-1", 'c', "c6g.large", "Linux/UNIX", "prod", "data", "worker", false, false,
					18),
			new Row("reporting", "us-east-1", 'b', "t3.large", "Windows", "staging", "finance", "reporting", false,
					false, 12),
			new Row("build-agent", "us-east-1", 'c', "c6g.large", "Linux/UNIX", "dev", "ci", "build", true, false, 9),
			new Row("bastion", "us-east-1", 'a', "t3.micro", "Linux/UNIX", "prod", "ops", "bastion", false, true, 60),
			new Row("web-eu-1", "eu-west-1", 'a', "t3.micro", "Linux/UNIX", "prod", "web", "web-eu", false, true, 30),
			new Row("api-eu-1", "eu-west-1", 'b', "m5.xlarge", "Linux/UNIX", "prod", "platform", "api-eu", false,
					false, 21),
			new Row("worker-eu-1", "eu-west-1", 'a', "c6g.large", "Linux/UNIX", "prod", "data", "worker-eu", false,
					false, 14),
			new Row("directory-eu", "eu-west-1", 'c', "m5.xlarge", "Windows", "prod", "it", "directory", false, false,
					50),
			new Row("analytics-eu", "eu-west-1", 'b', "t3.large", "Linux/UNIX", "staging", "data", "analytics", true,
					false, 7));

	private FleetSeed() {
	}

	/** The instances in seed order, as they are at {@code firstStart}. */
	static List<SimulatedInstance> instances(Instant firstStart) {
		Instant hour = firstStart.truncatedTo(ChronoUnit.HOURS);
		List<SimulatedInstance> instances = new ArrayList<>();
		for (int i = 0; i < ROWS.size(); i++) {
			instances.add(instance(ROWS.get(i), i, hour));
		}
		return instances;
	}

	private static SimulatedInstance instance(Row row, int index, Instant hour) {
		String id = "i-0" + hex(row.name(), 16);
		Instant launched = hour.minus(Duration.ofDays(row.daysAgo())).plus(Duration.ofMinutes(7L * index));
		List<Transition> history = new ArrayList<>();
		history.add(new Transition(Transition.Kind.START, launched, Duration.ofSeconds(8)));
		if (row.stopped()) {
			history.add(Transition.of(Transition.Kind.STOP, id, hour.minus(Duration.ofHours(2 + index))));
		}
		Map<String, String> tags = new LinkedHashMap<>();
		tags.put("Name", row.name());
		tags.put("env", row.env());
		tags.put("team", row.team());
		int subnet = row.zone() - 'a' + 1;
		String network = "us-east-1".equals(row.region()) ? "10.0." : "10.1.";
		String publicIp = row.publicIp() ? "54." + (160 + index) + "." + (index * 17 % 250) + "." + (20 + index)
				: null;
		boolean arm = row.type().startsWith("c6g");
		String image = "ami-0" + hex(row.platform() + (arm ? "arm64" : "x86_64") + row.region(), 16);
		return new SimulatedInstance(id, row.region(), row.region() + row.zone(), row.type(), row.platform(), image,
				"r-0" + hex(row.reservation(), 16), network + subnet * 16 + "." + (10 + index), publicIp, launched,
				tags, history);
	}

	private static String hex(String name, int digits) {
		String hex = String.format("%016x", Noise.hash(name, 0));
		return hex.substring(0, digits);
	}

}
