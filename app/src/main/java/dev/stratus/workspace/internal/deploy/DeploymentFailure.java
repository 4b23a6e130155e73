package dev.stratus.workspace.internal.deploy;

/** A deployment cannot go on; the message is its reason, written for the project's members (no paths, no secrets). */
final class DeploymentFailure extends Exception {

	private static final long serialVersionUID = 1L;

	DeploymentFailure(String reason) {
		super(reason, null, false, false);
	}

}
