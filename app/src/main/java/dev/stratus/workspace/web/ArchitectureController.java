package dev.stratus.workspace.web;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.Architecture;
import dev.stratus.workspace.ArchitectureDiagrams;
import dev.stratus.workspace.Architectures;
import dev.stratus.workspace.web.ArchitectureRequests.ArchitectureBody;
import dev.stratus.workspace.web.ArchitectureResponses.ArchitectureResponse;
import dev.stratus.workspace.web.ArchitectureResponses.ArchitectureVersionResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/architecture/{projectId}}: the current diagram (404 before the first save), saving a new
 * version, and the history. The image routes are {@link DiagramController}'s.
 */
@RestController
@RequestMapping("/api/architecture/{projectId}")
class ArchitectureController {

	private final Architectures architectures;

	private final ArchitectureDiagrams diagrams;

	ArchitectureController(Architectures architectures, ArchitectureDiagrams diagrams) {
		this.architectures = architectures;
		this.diagrams = diagrams;
	}

	@GetMapping
	ApiResponse<ArchitectureResponse> current(@PathVariable String projectId) {
		String userId = SignedIn.userId();
		Architecture current = architectures.current(projectId, userId);
		return ApiResponse.of(ArchitectureResponse.of(current, diagrams.published(projectId, userId)));
	}

	/** Each save is a new version; the answer is it. */
	@PutMapping
	ApiResponse<ArchitectureResponse> save(@PathVariable String projectId, @Valid @RequestBody ArchitectureBody body) {
		// The rules across parts (ArchitectureDraft's) need valid parts, so the service checks them after these.
		return ApiResponse
			.of(ArchitectureResponse.of(architectures.save(projectId, SignedIn.userId(), body.draft())));
	}

	@GetMapping("/versions")
	ApiResponse<Page<ArchitectureVersionResponse>> versions(@PathVariable String projectId,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(architectures.versions(projectId, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(ArchitectureVersionResponse::of));
	}

	@GetMapping("/versions/{version}")
	ApiResponse<ArchitectureResponse> version(@PathVariable String projectId, @PathVariable long version) {
		return ApiResponse.of(ArchitectureResponse.of(architectures.version(projectId, SignedIn.userId(), version)));
	}

}
