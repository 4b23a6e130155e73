package dev.stratus.localcloud;

/** An instance's status checks as DescribeInstanceStatus summarises them. */
enum StatusCheck {

	OK("ok", "passed"), INITIALIZING("initializing", "initializing"), NOT_APPLICABLE("not-applicable",
			"insufficient-data");

	private final String wireName;

	private final String reachability;

	StatusCheck(String wireName, String reachability) {
		this.wireName = wireName;
		this.reachability = reachability;
	}

	String wireName() {
		return wireName;
	}

	/** The status of the one detail EC2 lists, {@code reachability}. */
	String reachability() {
		return reachability;
	}

}
