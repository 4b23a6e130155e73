package dev.stratus.workspace.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.workspace.ProjectStatistics;
import org.springframework.stereotype.Component;

/** The dashboard's deployments by status: one Query of each project's deployments, reading their statuses only. */
@Component
class DeploymentStatistics implements ProjectStatistics {

	private final DeploymentTable deployments;

	DeploymentStatistics(DeploymentTable deployments) {
		this.deployments = deployments;
	}

	@Override
	public Map<String, Long> deploymentsByStatus(List<String> projectIds) {
		Map<String, Long> counts = new HashMap<>();
		for (String projectId : projectIds) {
			deployments.countByStatus(projectId).forEach((status, count) -> counts.merge(status, count, Long::sum));
		}
		return counts;
	}

}
