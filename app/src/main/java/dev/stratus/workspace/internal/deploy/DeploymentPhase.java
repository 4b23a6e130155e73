package dev.stratus.workspace.internal.deploy;

/**
 * What a target reports about a deployment. The API's {@code QUEUED} is the caller's (nothing runs yet);
 * {@code STOPPED} follows {@code SUCCEEDED} when the live app stops: replaced, stopped, exited or Stratus stopping.
 */
public enum DeploymentPhase {

	BUILDING, DEPLOYING, SUCCEEDED, FAILED, CANCELLED, STOPPED;

	/** Whether nothing follows this phase. */
	public boolean isFinal() {
		return this == FAILED || this == CANCELLED || this == STOPPED;
	}

}
