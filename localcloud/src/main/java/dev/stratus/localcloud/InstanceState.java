package dev.stratus.localcloud;

/** An EC2 instance state with the code EC2 gives it; a simulated instance is never terminated. */
enum InstanceState {

	PENDING(0, "pending"), RUNNING(16, "running"), STOPPING(64, "stopping"), STOPPED(80, "stopped");

	private final int code;

	private final String wireName;

	InstanceState(int code, String wireName) {
		this.code = code;
		this.wireName = wireName;
	}

	int code() {
		return code;
	}

	String wireName() {
		return wireName;
	}

}
