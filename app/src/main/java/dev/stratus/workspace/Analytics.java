package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;

import dev.stratus.workspace.internal.ProjectItems;
import dev.stratus.workspace.internal.activity.Counters;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The charts: counts per hour or day of one project (for its team), or of all the user's projects (everything that
 * happened in a project while they were in its team), read from counters the fan-out keeps, one Query a chart.
 */
@Service
public class Analytics {

	private final ProjectAccess access;

	private final Counters counters;

	private final Clock clock;

	Analytics(ProjectAccess access, Counters counters, Clock clock) {
		this.access = access;
		this.counters = counters;
		this.clock = clock;
	}

	/**
	 * @param projectId null for all the user's projects
	 * @throws dev.stratus.platform.errors.NotFound for a project the user is not in
	 */
	public Chart chart(String userId, ChartType type, ChartPeriod period, @Nullable String projectId) {
		return counters.chart(view(userId, projectId), type, period, clock.instant());
	}

	/**
	 * The last 24 hourly buckets' totals, the current hour's included.
	 * @throws dev.stratus.platform.errors.NotFound for a project the user is not in
	 */
	public RealtimeCounts realtime(String userId, @Nullable String projectId) {
		String view = view(userId, projectId);
		Instant now = clock.instant();
		Chart deployments = counters.chart(view, ChartType.DEPLOYMENTS, ChartPeriod.LAST_24_HOURS, now);
		return new RealtimeCounts(total(deployments),
				total(counters.chart(view, ChartType.GENERATIONS, ChartPeriod.LAST_24_HOURS, now)),
				total(counters.chart(view, ChartType.ACTIVITY, ChartPeriod.LAST_24_HOURS, now)),
				deployments.buckets().get(0).start());
	}

	private String view(String userId, @Nullable String projectId) {
		if (projectId == null) {
			return "USER#" + userId;
		}
		access.require(projectId, userId, ProjectRole.VIEWER);
		return ProjectItems.partition(projectId);
	}

	private static long total(Chart chart) {
		return chart.buckets().stream().mapToLong(Chart.Bucket::count).sum();
	}

}
