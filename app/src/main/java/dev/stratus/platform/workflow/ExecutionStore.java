package dev.stratus.platform.workflow;

import java.time.Instant;
import java.util.Optional;

/**
 * Where executions and their steps are kept as they happen. Changes to a running execution are made
 * by the holder of its claim; {@link #exit} checks the claim, so a holder that lost it stops.
 */
interface ExecutionStore {

	/** The execution with every step, read consistently. */
	Optional<ExecutionRecord> load(String executionId);

	/**
	 * Takes the execution for {@code token} until {@code until}: only while it is running and nobody
	 * else holds an unexpired claim. Clears its due time while held.
	 */
	boolean claim(String executionId, String token, Instant now, Instant until);

	/** A step begins: it is kept RUNNING with its input. */
	void enter(String executionId, StepRecord step);

	/** A step's attempts, retries or resume time changed. */
	void update(String executionId, StepRecord step);

	/**
	 * The step exits and the execution moves on, both at once, if {@code token} still holds it.
	 * @return false when the claim was lost: nothing was written
	 */
	boolean exit(ExecutionRecord execution, String token, StepRecord step, Advance advance);

	/**
	 * Gives up the claim; the execution sleeps until {@code until} (a Wait or a retry interval), when
	 * the sweep counts it due if no wake-up came.
	 */
	void sleep(String executionId, String token, Instant until);

	/** Gives up the claim after a failed delivery, noting the failure; due again at {@code dueAt}. */
	void failed(String executionId, String token, String error, Instant now, Instant dueAt);

}
