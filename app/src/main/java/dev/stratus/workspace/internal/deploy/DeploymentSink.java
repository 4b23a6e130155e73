package dev.stratus.workspace.internal.deploy;

/**
 * Where a target reports one deployment's progress. Calls for one deployment come one at a time, in order, from
 * the target's threads; a sink should be quick and must not call back into the target. What it throws is logged
 * and otherwise ignored.
 */
public interface DeploymentSink {

	void phase(PhaseChange change);

	void line(LogLine line);

}
