package dev.stratus.platform.workflow;

/** Where an execution stands. */
public enum ExecutionStatus {

	RUNNING, SUCCEEDED, FAILED

}
