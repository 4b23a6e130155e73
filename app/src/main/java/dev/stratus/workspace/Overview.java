package dev.stratus.workspace;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.ProjectTable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Home and Dashboard: what a user sees first, read from Queries of the workspace table's indexes
 * (their projects in GSI1, their activity in GSI2) and of their projects' partitions, never a Scan.
 */
@Service
public class Overview {

	/** The contract's deployment statuses, all listed on the dashboard even at zero. */
	static final List<String> DEPLOYMENT_STATUSES = Arrays.stream(Deployment.Status.values()).map(Enum::name).toList();

	private static final int RECENT_PROJECTS = 5;

	private static final int RECENT_ACTIVITY = 10;

	private final ProjectTable projects;

	private final ActivityLog activities;

	private final List<ProjectStatistics> statistics;

	private final Clock clock;

	Overview(ProjectTable projects, ActivityLog activities, ObjectProvider<ProjectStatistics> statistics,
			Clock clock) {
		this.projects = projects;
		this.activities = activities;
		this.statistics = statistics.orderedStream().toList();
		this.clock = clock;
	}

	public Home home(String userId) {
		return new Home(projects.list(userId, RECENT_PROJECTS, null).items(),
				activities.recent(userId, RECENT_ACTIVITY));
	}

	public Dashboard dashboard(String userId) {
		List<String> ids = projects.projectIds(userId);
		Set<String> people = new HashSet<>();
		ids.forEach(id -> people.addAll(projects.memberIds(id)));
		Map<String, Long> deployments = new LinkedHashMap<>();
		DEPLOYMENT_STATUSES.forEach(status -> deployments.put(status, 0L));
		long generations = 0;
		for (ProjectStatistics part : statistics) {
			generations += part.generations(ids);
			part.deploymentsByStatus(ids).forEach((status, count) -> deployments.merge(status, count, Long::sum));
		}
		return new Dashboard(ids.size(), generations, people.size(), deployments,
				activities.countSince(userId, clock.instant().minus(Duration.ofHours(24))));
	}

}
