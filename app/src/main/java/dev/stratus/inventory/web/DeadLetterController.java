package dev.stratus.inventory.web;

import java.util.Map;

import dev.stratus.inventory.Orders;
import dev.stratus.platform.Page;
import dev.stratus.platform.jobs.DeadLetters;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/admin/dead-letters}: work a job gave up on (admins only, by route rule). The order
 * pipeline's unless {@code job} names another job.
 */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

	private final DeadLetters deadLetters;

	DeadLetterController(DeadLetters deadLetters) {
		this.deadLetters = deadLetters;
	}

	@GetMapping
	ApiResponse<Page<DeadLetterResponse>> list(@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken,
			@RequestParam(defaultValue = Orders.JOB) String job) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		var page = deadLetters.list(job, size, nextToken == null || nextToken.isBlank() ? null : nextToken);
		return ApiResponse.of(page.map(letter -> DeadLetterResponse.of(job, letter)));
	}

	@PostMapping("/{id}/redrive")
	ApiResponse<Map<String, Object>> redrive(@PathVariable String id,
			@RequestParam(defaultValue = Orders.JOB) String job) {
		deadLetters.redrive(job, id);
		return ApiResponse.of(Map.of("message", deadLetters.subject(job).capitalized()
				+ " sent through the pipeline again", "redriven", 1, "id", id));
	}

	@PostMapping("/redrive")
	ApiResponse<Map<String, Integer>> redriveAll(@RequestParam(defaultValue = Orders.JOB) String job) {
		return ApiResponse.of(Map.of("redriven", deadLetters.redriveAll(job)));
	}

	@DeleteMapping("/{id}")
	ApiResponse<Map<String, String>> discard(@PathVariable String id,
			@RequestParam(defaultValue = Orders.JOB) String job) {
		deadLetters.discard(job, id);
		return ApiResponse.of(Map.of("message", "Dead letter discarded", "deletedId", id));
	}

}
