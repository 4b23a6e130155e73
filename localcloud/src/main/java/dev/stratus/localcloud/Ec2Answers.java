package dev.stratus.localcloud;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How EC2 describes one instance, its state and its status checks, in its XML. */
final class Ec2Answers {

	/** The account every simulated instance belongs to. */
	static final String OWNER = "000000000000";

	private static final DateTimeFormatter REASON_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'GMT'")
		.withZone(ZoneOffset.UTC);

	private Ec2Answers() {
	}

	static void instance(Ec2Xml xml, SimulatedInstance instance, Instant now) {
		InstanceState state = instance.stateAt(now);
		String publicIp = state == InstanceState.STOPPED ? null : instance.publicIp();
		String dnsSuffix = "us-east-1".equals(instance.region()) ? ".ec2.internal"
				: "." + instance.region() + ".compute.internal";
		xml.start("item").text("instanceId", instance.id()).text("imageId", instance.imageId());
		state(xml, "instanceState", state);
		xml.text("privateDnsName", "ip-" + instance.privateIp().replace('.', '-') + dnsSuffix)
			.text("dnsName", publicIp == null ? "" : "ec2-" + publicIp.replace('.', '-') + ".compute.amazonaws.com")
			.text("amiLaunchIndex", 0)
			.text("instanceType", instance.type())
			.text("launchTime", instance.launchTime())
			.start("placement")
			.text("availabilityZone", instance.zone())
			.text("groupName", "")
			.text("tenancy", "default")
			.end()
			.text("platform", instance.windows() ? "windows" : null)
			.text("platformDetails", instance.windows() ? "Windows" : "Linux/UNIX")
			.start("monitoring")
			.text("state", "enabled")
			.end()
			.text("privateIpAddress", instance.privateIp())
			.text("ipAddress", publicIp)
			.text("architecture", instance.architecture())
			.text("rootDeviceType", "ebs")
			.text("rootDeviceName", instance.windows() ? "/dev/sda1" : "/dev/xvda")
			.text("virtualizationType", "hvm")
			.text("hypervisor", "xen");
		if (state == InstanceState.STOPPED || state == InstanceState.STOPPING) {
			Transition stop = instance.lastAt(now);
			xml.text("reason", "User initiated (" + REASON_TIME.format(stop.at()) + ")")
				.start("stateReason")
				.text("code", "Client.UserInitiatedShutdown")
				.text("message", "Client.UserInitiatedShutdown: User initiated shutdown")
				.end();
		}
		xml.start("tagSet");
		instance.tags().forEach((key, value) -> xml.start("item").text("key", key).text("value", value).end());
		xml.end().end();
	}

	static void status(Ec2Xml xml, SimulatedInstance instance, Instant now) {
		StatusCheck checks = instance.checksAt(now);
		xml.start("item").text("instanceId", instance.id()).text("availabilityZone", instance.zone());
		state(xml, "instanceState", instance.stateAt(now));
		check(xml, "systemStatus", checks);
		check(xml, "instanceStatus", checks);
		xml.start("eventsSet").end().end();
	}

	static void state(Ec2Xml xml, String element, InstanceState state) {
		xml.start(element).text("code", state.code()).text("name", state.wireName()).end();
	}

	private static void check(Ec2Xml xml, String element, StatusCheck checks) {
		xml.start(element)
			.text("status", checks.wireName())
			.start("details")
			.start("item")
			.text("name", "reachability")
			.text("status", checks.reachability())
			.end()
			.end()
			.end();
	}

	/** EC2's zone ids: {@code use1-az1} for us-east-1a and so on. */
	static String zoneId(String zone) {
		String region = zone.substring(0, zone.length() - 1);
		String[] parts = region.split("-");
		return parts[0] + parts[1].charAt(0) + parts[2] + "-az" + (zone.charAt(zone.length() - 1) - 'a' + 1);
	}

}
