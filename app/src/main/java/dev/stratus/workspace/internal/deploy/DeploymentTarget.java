package dev.stratus.workspace.internal.deploy;

import java.util.List;

/**
 * Where a project's generated archive is built and run: on this machine ({@link LocalDeploymentTarget}) or, later,
 * on AWS. A target owns the processes or resources it starts; the caller owns the deployment's record and learns
 * what happens through the {@link DeploymentSink} it hands over.
 */
public interface DeploymentTarget {

	/**
	 * Starts the deployment and returns at once; its phases and output lines go to {@code sink} as they happen,
	 * ending in {@link DeploymentPhase#SUCCEEDED SUCCEEDED}, {@link DeploymentPhase#FAILED FAILED} or
	 * {@link DeploymentPhase#CANCELLED CANCELLED}, and for a live app later in
	 * {@link DeploymentPhase#STOPPED STOPPED}.
	 * @throws IllegalArgumentException for a deployment id that is not a plain identifier
	 * @throws IllegalStateException when this target already knows the deployment id, or is not running
	 */
	void deploy(DeploymentRequest request, DeploymentSink sink);

	/**
	 * Cancels a deployment still building or starting (it ends {@code CANCELLED}), or stops its app when it is
	 * live (it ends {@code STOPPED}).
	 * @return false when this target has nothing running for that id
	 */
	boolean cancel(String deploymentId);

	/**
	 * Stops the deployment's live app; a deployment still building or starting is left alone.
	 * @return false when the deployment has no live app here
	 */
	boolean stop(String deploymentId);

	/** The live apps, one per project environment at most. */
	List<RunningApp> running();

}
