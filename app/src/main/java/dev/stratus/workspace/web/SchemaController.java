package dev.stratus.workspace.web;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.ProjectSchemas;
import dev.stratus.workspace.web.SchemaBodies.SchemaBody;
import dev.stratus.workspace.web.SchemaResponses.SchemaResponse;
import dev.stratus.workspace.web.SchemaResponses.SchemaVersionResponse;
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
 * {@code /api/projects/{id}/schema}: the current version, saving a new one, and the history. Before the
 * first save the current schema is 404 {@code NOT_FOUND}.
 */
@RestController
@RequestMapping("/api/projects/{id}/schema")
class SchemaController {

	private final ProjectSchemas schemas;

	SchemaController(ProjectSchemas schemas) {
		this.schemas = schemas;
	}

	@GetMapping
	ApiResponse<SchemaResponse> current(@PathVariable String id) {
		return ApiResponse.of(SchemaResponse.of(schemas.current(id, SignedIn.userId())));
	}

	/** Each save is a new version; the answer is it. */
	@PutMapping
	ApiResponse<SchemaResponse> save(@PathVariable String id, @Valid @RequestBody SchemaBody body) {
		return ApiResponse.of(SchemaResponse.of(schemas.save(id, SignedIn.userId(), body.schema())));
	}

	@GetMapping("/versions")
	ApiResponse<Page<SchemaVersionResponse>> versions(@PathVariable String id,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(schemas.versions(id, SignedIn.userId(), size, QueryParams.present(nextToken))
			.map(SchemaVersionResponse::of));
	}

	@GetMapping("/versions/{version}")
	ApiResponse<SchemaResponse> version(@PathVariable String id, @PathVariable long version) {
		return ApiResponse.of(SchemaResponse.of(schemas.version(id, SignedIn.userId(), version)));
	}

}
