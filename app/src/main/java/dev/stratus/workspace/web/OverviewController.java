package dev.stratus.workspace.web;

import java.util.List;
import java.util.Map;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Dashboard;
import dev.stratus.workspace.Home;
import dev.stratus.workspace.Overview;
import dev.stratus.workspace.web.ProjectResponses.ProjectResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/home} and {@code GET /api/dashboard}: the signed-in user's start pages. */
@RestController
class OverviewController {

	private final Overview overview;

	OverviewController(Overview overview) {
		this.overview = overview;
	}

	@GetMapping("/api/home")
	ApiResponse<HomeResponse> home() {
		return ApiResponse.of(HomeResponse.of(overview.home(SignedIn.userId())));
	}

	@GetMapping("/api/dashboard")
	ApiResponse<DashboardResponse> dashboard() {
		return ApiResponse.of(DashboardResponse.of(overview.dashboard(SignedIn.userId())));
	}

	record HomeResponse(List<ProjectResponse> recentProjects, List<ActivityResponse> recentActivity) {

		static HomeResponse of(Home home) {
			return new HomeResponse(home.recentProjects().stream().map(ProjectResponse::of).toList(),
					home.recentActivity().stream().map(ActivityResponse::of).toList());
		}

	}

	/** An activity entry as issue #18's Activity API will list it. */
	record ActivityResponse(String id, String type, @Nullable String projectId, String userId, String summary,
			String createdAt) {

		static ActivityResponse of(Activity activity) {
			return new ActivityResponse(activity.id(), activity.type(), activity.projectId(), activity.userId(),
					activity.summary(), Timestamps.format(activity.createdAt()));
		}

	}

	record DashboardResponse(long projects, long generations, long teamMembers,
			Map<String, Long> deploymentsByStatus, long activity24h) {

		static DashboardResponse of(Dashboard dashboard) {
			return new DashboardResponse(dashboard.projects(), dashboard.generations(), dashboard.teamMembers(),
					dashboard.deploymentsByStatus(), dashboard.activity24h());
		}

	}

}
