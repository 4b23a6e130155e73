package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.stratus.bench.PairedReads.Pair;

/**
 * The workspace's project list through the API ({@code GET /api/projects}, a page of 20) against the DynamoDB
 * calls the app makes for it, made straight at the app's table in the same run ({@link ProjectListBaseline}).
 * Before anything is measured, the API is checked to list what DynamoDB holds.
 */
final class ProjectReads {

	/** A user with about 20 projects (the issue): exactly one default page. */
	static final int PROJECTS = 20;

	/** Half the throughput table's warm-up per call, as for the fleet's reads. */
	static final Duration WARMUP = Throughput.APP_WARMUP.dividedBy(2);

	private ProjectReads() {
	}

	/** The caller's projects as created, and the caller's user id (the projects' {@code createdBy}). */
	record Member(String userId, List<String> projects) {
	}

	/**
	 * Creates {@link #PROJECTS} projects of the caller's; then the API's first page names them newest first, on one
	 * page, as the Query and the batch read give them.
	 */
	static Member check(Run run, WorkspaceApi workspace, String token, ProjectListBaseline baseline) {
		run.progress.step("workspace: " + PROJECTS + " projects, listed by the API and by DynamoDB");
		List<String> created = new ArrayList<>();
		String userId = "";
		for (int i = 1; i <= PROJECTS; i++) {
			var project = workspace.createProject(token, "Bench project " + i);
			created.add(project.path("id").asString());
			userId = project.path("createdBy").asString();
		}
		Collections.reverse(created);
		Api.Response page = workspace.projects(token);
		List<String> direct = baseline.list(userId);
		run.report.check(Check.of("the project list shows the caller's " + PROJECTS + " projects newest first, on "
				+ "one page, as the GSI1 Query and the batch read of the projects give them",
				page.status() == 200 && WorkspaceApi.ids(page).equals(created) && direct.equals(created)
						&& page.data().path("nextToken").isMissingNode(),
				"API " + page + " with " + WorkspaceApi.ids(page).size() + " projects, DynamoDB " + direct.size()
						+ ", created " + created.size()));
		return new Member(userId, created);
	}

	/** The check, then the list against its baseline at 1 and 8 clients (full run). */
	static void compare(Run run, WorkspaceApi workspace, String token, ProjectListBaseline baseline) {
		Member member = check(run, workspace, token, baseline);
		Pair list = new Pair(new Bench.Step("GET /api/projects (20)", c -> {
			Api.Response page = workspace.projects(token);
			return page.status() == 200 && page.data().path("items").size() == PROJECTS;
		}), new Bench.Step("GSI1 Query + BatchGetItem (20)",
				c -> baseline.list(member.userId()).size() == PROJECTS));
		var table = PairedReads.compare(run, "Workspace project list: API against the same DynamoDB calls (same run)",
				List.of(list), WARMUP, "projectList");
		table.notes().add("The caller has " + PROJECTS + " projects, one default page. The baseline is the app's "
				+ "two DynamoDB calls for that page, with the app's client settings, on the app's own table and "
				+ "items: a Query of GSI1 for `MEMBER#<userId>`, newest first, `Limit` "
				+ ProjectListBaseline.QUERY_LIMIT + " (what the app's paging asks for a page of 20), then one "
				+ "consistent `BatchGetItem` of the "
				+ PROJECTS + " projects. A ratio is API/baseline latency: what is above 1× is the app's own cost "
				+ "(HTTP, token check, JSON, mapping, the page token). Each call was warmed up unrecorded for "
				+ WARMUP.toSeconds() + " s at 8 clients first.");
	}

}
