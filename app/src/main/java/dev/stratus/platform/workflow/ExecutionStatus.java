package dev.stratus.platform.workflow;

/** STUB. */
public enum ExecutionStatus {

	RUNNING, SUCCEEDED, FAILED

}
