package dev.stratus.identity.web;

import java.util.Map;

import dev.stratus.identity.internal.SigningKeys;
import dev.stratus.platform.web.ApiResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Local mode: an admin rotates the token signing key. Signed-in users stay signed in; their tokens
 * verify against the old key until they expire. (On AWS, Cognito owns its keys.)
 */
@RestController
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class SigningKeyController {

	private final SigningKeys keys;

	SigningKeyController(SigningKeys keys) {
		this.keys = keys;
	}

	@PostMapping("/api/admin/signing-keys/rotate")
	ApiResponse<Map<String, String>> rotate() {
		return ApiResponse.of(Map.of("kid", keys.rotate()));
	}

}
