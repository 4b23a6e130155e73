package dev.stratus.infra;

import java.util.List;
import java.util.Map;

/**
 * What each job's queue worker touches beyond its own queue. Every worker may read the identity table and
 * publish to the notifications topic: a dead letter alerts the admins (platform {@code AdminAlerts}). A queue in
 * the declarations without an entry here stops the synth, so a new job's grants are decided, not guessed.
 *
 * @param tables tables it reads and writes
 * @param buckets buckets it reads and writes
 * @param startsWorkflows whether it publishes workflow starts to the bus (the {@code workflows} job on AWS)
 */
record JobAccess(List<String> tables, List<String> buckets, boolean startsWorkflows) {

	static final Map<String, JobAccess> BY_QUEUE = Map.of(
			"orders", new JobAccess(List.of("inventory"), List.of(), false),
			"workflows", new JobAccess(List.of("workflows"), List.of(), true),
			"activity-fanout", workspace(),
			"code-generations", workspace(),
			"deployments", workspace(),
			"project-deletions", workspace());

	static JobAccess of(String queue) {
		JobAccess access = BY_QUEUE.get(queue);
		if (access == null) {
			throw new IllegalStateException("the queue '" + queue + "' has no JobAccess entry: add what its worker "
					+ "touches to dev.stratus.infra.JobAccess");
		}
		return access;
	}

	private static JobAccess workspace() {
		return new JobAccess(List.of("workspace"), List.of("workspace"), false);
	}

}
