package dev.stratus.workspace.web;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.Projects;
import dev.stratus.workspace.web.ProjectRequests.NewProject;
import dev.stratus.workspace.web.ProjectRequests.ProjectUpdate;
import dev.stratus.workspace.web.ProjectResponses.ProjectDeleted;
import dev.stratus.workspace.web.ProjectResponses.ProjectResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/projects}: create, list the caller's, read, change and delete. A project outside the
 * caller's teams answers 404 like one that does not exist.
 */
@RestController
@RequestMapping("/api/projects")
class ProjectController {

	private final Projects projects;

	ProjectController(Projects projects) {
		this.projects = projects;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<ProjectResponse> create(@Valid @RequestBody NewProject body) {
		return ApiResponse.of(ProjectResponse.of(projects.create(body.draft(), SignedIn.person())));
	}

	@GetMapping
	ApiResponse<Page<ProjectResponse>> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse
			.of(projects.list(SignedIn.userId(), size, QueryParams.present(nextToken)).map(ProjectResponse::of));
	}

	@GetMapping("/{id}")
	ApiResponse<ProjectResponse> get(@PathVariable String id) {
		return ApiResponse.of(ProjectResponse.of(projects.find(id, SignedIn.userId())));
	}

	@PutMapping("/{id}")
	ApiResponse<ProjectResponse> update(@PathVariable String id, @Valid @RequestBody ProjectUpdate body) {
		return ApiResponse.of(ProjectResponse.of(projects.update(id, SignedIn.userId(), body.changes())));
	}

	@DeleteMapping("/{id}")
	ApiResponse<ProjectDeleted> delete(@PathVariable String id) {
		projects.delete(id, SignedIn.userId());
		return ApiResponse.of(new ProjectDeleted(id));
	}

}
