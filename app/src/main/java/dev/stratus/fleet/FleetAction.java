package dev.stratus.fleet;

import java.util.Locale;
import java.util.Set;

/**
 * What an admin can do to an instance, and from which states. Outside them the action is a conflict, decided
 * before EC2 is asked: EC2 itself accepts a stop of a stopped instance or a start of a running one and changes
 * nothing, which would tell the admin nothing.
 */
public enum FleetAction {

	REBOOT(Set.of("running")), START(Set.of("stopped")), STOP(Set.of("running", "pending"));

	private final Set<String> from;

	FleetAction(Set<String> from) {
		this.from = from;
	}

	/** Whether an instance in {@code state} can take this action. */
	public boolean allowedFrom(String state) {
		return from.contains(state);
	}

	/** The action as the API spells it: {@code reboot}. */
	public String wireName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** @throws IllegalArgumentException for anything but {@code reboot}, {@code start}, {@code stop} */
	public static FleetAction of(String wireName) {
		for (FleetAction action : values()) {
			if (action.wireName().equals(wireName)) {
				return action;
			}
		}
		throw new IllegalArgumentException("Unknown action '" + wireName + "'");
	}

}
