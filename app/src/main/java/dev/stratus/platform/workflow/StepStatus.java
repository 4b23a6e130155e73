package dev.stratus.platform.workflow;

/** STUB. */
public enum StepStatus {

	RUNNING, SUCCEEDED, FAILED, CAUGHT

}
