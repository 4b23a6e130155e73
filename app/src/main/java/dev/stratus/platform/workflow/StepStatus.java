package dev.stratus.platform.workflow;

/** How a step ended, if it has: {@code CAUGHT} when it failed and a {@code Catch} took over. */
public enum StepStatus {

	RUNNING, SUCCEEDED, FAILED, CAUGHT

}
