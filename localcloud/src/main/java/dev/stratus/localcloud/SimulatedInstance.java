package dev.stratus.localcloud;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An instance of the simulated fleet: what EC2 describes about it, plus the actions taken on it. Its
 * state at any moment follows from that history, so a stop made before a restart of the local cloud
 * is still a stop after it, and metrics can ask what the state was at any past minute.
 *
 * @param publicIp the address it has while it is not stopped (EC2 gives a stopped instance none)
 * @param history every start, stop and reboot, oldest first; the first is the launch
 */
record SimulatedInstance(String id, String region, String zone, String type, String platform, String imageId,
		String reservationId, String privateIp, @Nullable String publicIp, Instant launchTime,
		Map<String, String> tags, List<Transition> history) {

	/** How long status checks stay {@code initializing} once a started instance runs. */
	static final Duration CHECKS_AFTER_START = Duration.ofSeconds(15);

	SimulatedInstance {
		tags = Map.copyOf(tags);
		history = List.copyOf(history);
	}

	String name() {
		return tags.getOrDefault("Name", "");
	}

	boolean windows() {
		return "Windows".equals(platform);
	}

	/** Graviton types (c6g, m7g, ...) are Arm; the rest x86. */
	String architecture() {
		return type.matches("[a-z]+\\d+g[a-z]*\\..*") ? "arm64" : "x86_64";
	}

	/** The state at {@code at}; before the launch, {@code pending}. */
	InstanceState stateAt(Instant at) {
		Transition last = lastAt(at);
		if (last == null) {
			return InstanceState.PENDING;
		}
		boolean settled = !at.isBefore(last.settled());
		return switch (last.kind()) {
			case START -> settled ? InstanceState.RUNNING : InstanceState.PENDING;
			case STOP -> settled ? InstanceState.STOPPED : InstanceState.STOPPING;
			case REBOOT -> InstanceState.RUNNING;
		};
	}

	/** What DescribeInstanceStatus reports at {@code at}: only a running instance is checked. */
	StatusCheck checksAt(Instant at) {
		Transition last = lastAt(at);
		if (last == null || stateAt(at) != InstanceState.RUNNING) {
			return StatusCheck.NOT_APPLICABLE;
		}
		Instant ok = last.kind() == Transition.Kind.REBOOT ? last.settled() : last.settled().plus(CHECKS_AFTER_START);
		return at.isBefore(ok) ? StatusCheck.INITIALIZING : StatusCheck.OK;
	}

	/** Whether a reboot's checks were failing at any time in {@code [from, to)}. */
	boolean rebootingDuring(Instant from, Instant to) {
		return history.stream()
			.anyMatch(t -> t.kind() == Transition.Kind.REBOOT && t.at().isBefore(to) && t.settled().isAfter(from));
	}

	/** The last transition that took place at or before {@code at}. */
	@Nullable Transition lastAt(Instant at) {
		Transition found = null;
		for (Transition transition : history) {
			if (transition.at().isAfter(at)) {
				break;
			}
			found = transition;
		}
		return found;
	}

	/** As EC2 does, starting a pending or running instance changes nothing and is no error. */
	SimulatedInstance start(Instant now) {
		return switch (stateAt(now)) {
			case PENDING, RUNNING -> this;
			case STOPPED -> with(Transition.Kind.START, now);
			case STOPPING -> throw incorrectState("started");
		};
	}

	/** As EC2 does, stopping a stopping or stopped instance changes nothing and is no error. */
	SimulatedInstance stop(Instant now) {
		return switch (stateAt(now)) {
			case STOPPING, STOPPED -> this;
			case RUNNING -> with(Transition.Kind.STOP, now);
			case PENDING -> throw incorrectState("stopped");
		};
	}

	/** Only a running instance reboots; it stays {@code running} while its checks initialize. */
	SimulatedInstance reboot(Instant now) {
		if (stateAt(now) != InstanceState.RUNNING) {
			throw incorrectState("rebooted");
		}
		return with(Transition.Kind.REBOOT, now);
	}

	private SimulatedInstance with(Transition.Kind kind, Instant now) {
		List<Transition> longer = new ArrayList<>(history);
		longer.add(Transition.of(kind, id, now));
		return new SimulatedInstance(id, region, zone, type, platform, imageId, reservationId, privateIp, publicIp,
				launchTime, tags, longer);
	}

	private AwsError incorrectState(String verb) {
		return new AwsError("IncorrectInstanceState",
				"The instance '" + id + "' is not in a state from which it can be " + verb + ".");
	}

}
