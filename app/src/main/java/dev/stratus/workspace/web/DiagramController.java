package dev.stratus.workspace.web;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.LargeBodyRoute;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.workspace.ArchitectureDiagrams;
import dev.stratus.workspace.web.ArchitectureRequests.DiagramBody;
import dev.stratus.workspace.web.ArchitectureRequests.UploadConfirmation;
import dev.stratus.workspace.web.ArchitectureRequests.UploadRequest;
import dev.stratus.workspace.web.ArchitectureResponses.DiagramResponse;
import dev.stratus.workspace.web.ArchitectureResponses.LinkResponse;
import dev.stratus.workspace.web.ArchitectureResponses.UploadResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published image of a project's architecture: as base64 in the body (whose size limit is raised for
 * this route alone to what 5 MiB of base64 takes), or through a presigned PUT that {@code confirm}
 * publishes; and a presigned URL to read it.
 */
@RestController
@RequestMapping("/api/architecture/{projectId}")
class DiagramController {

	static final String BASE64_ROUTE = "/api/architecture/{projectId}/diagram";

	private final ArchitectureDiagrams diagrams;

	DiagramController(ArchitectureDiagrams diagrams) {
		this.diagrams = diagrams;
	}

	/** Lets the base64 route's bodies past the platform's 1 MiB (docs/API.md "Bodies"). */
	@Bean
	static LargeBodyRoute diagramBodyLimit() {
		return LargeBodyRoute.base64(HttpMethod.POST, BASE64_ROUTE, ArchitectureDiagrams.MAX_BYTES);
	}

	@PostMapping("/diagram")
	ApiResponse<DiagramResponse> publish(@PathVariable String projectId, @Valid @RequestBody DiagramBody body,
			BindingResult problems) {
		byte[] content = body.diagramData() == null ? null : body.bytes();
		if (body.diagramData() != null && content == null) {
			RequestProblems.reject(problems, "diagramData", "must be base64");
		}
		RequestProblems.throwIfAny(problems);
		return ApiResponse.of(DiagramResponse
			.of(diagrams.publish(projectId, SignedIn.userId(), content, body.type(), "diagramData")));
	}

	@PostMapping("/diagram/upload-url")
	ApiResponse<UploadResponse> uploadUrl(@PathVariable String projectId, @Valid @RequestBody UploadRequest body) {
		return ApiResponse.of(UploadResponse.of(diagrams.uploadUrl(projectId, SignedIn.userId(), body.type())));
	}

	@PostMapping("/diagram/confirm")
	ApiResponse<DiagramResponse> confirm(@PathVariable String projectId,
			@Valid @RequestBody UploadConfirmation body) {
		return ApiResponse.of(DiagramResponse.of(diagrams.confirm(projectId, SignedIn.userId(), body.uploadId())));
	}

	@GetMapping("/diagram-url")
	ApiResponse<LinkResponse> url(@PathVariable String projectId) {
		return ApiResponse.of(LinkResponse.of(diagrams.url(projectId, SignedIn.userId())));
	}

}
