package dev.stratus.workspace;

import java.util.List;
import java.util.Map;

/**
 * What the parts of the workspace that own generations and deployments count for the dashboard, as
 * beans the {@link Overview} sums: each answers for the projects it is given, from Queries of their
 * partitions or an index, never a Scan. A part that is not there yet counts nothing.
 */
public interface ProjectStatistics {

	/** How many code generations the projects have. */
	default long generations(List<String> projectIds) {
		return 0;
	}

	/** The projects' deployments by status ({@code QUEUED}, {@code SUCCEEDED}, ...). */
	default Map<String, Long> deploymentsByStatus(List<String> projectIds) {
		return Map.of();
	}

}
