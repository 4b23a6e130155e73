package dev.stratus.identity.web;

import java.time.Duration;

import dev.stratus.identity.ApiKeys;
import dev.stratus.identity.web.ApiKeyResponses.IssuedKey;
import dev.stratus.identity.web.ApiKeyResponses.ListedKey;
import dev.stratus.identity.web.ApiKeyResponses.RevokedKey;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admins manage machine clients' API keys; only admins reach it (the platform's admin area), and
 * never with a key.
 */
@RestController
@RequestMapping("/api/admin/api-keys")
class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@GetMapping
	ApiResponse<Page<ListedKey>> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		return ApiResponse.of(keys.list(limit, nextToken).map(ListedKey::of));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<IssuedKey> create(@Valid @RequestBody ApiKeyRequests.CreateKey request) {
		return ApiResponse.of(IssuedKey.of(keys.create(CurrentUser.get().id(), request.toNewKey())));
	}

	@DeleteMapping("/{id}")
	ApiResponse<RevokedKey> revoke(@PathVariable String id) {
		keys.revoke(id);
		return ApiResponse.of(new RevokedKey(id));
	}

	@PostMapping("/{id}/rotate")
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<IssuedKey> rotate(@PathVariable String id,
			@Valid @RequestBody(required = false) ApiKeyRequests.@Nullable RotateKey request) {
		int grace = request == null || request.graceSeconds() == null ? 0 : request.graceSeconds();
		return ApiResponse.of(IssuedKey.of(keys.rotate(CurrentUser.get().id(), id, Duration.ofSeconds(grace))));
	}

}
