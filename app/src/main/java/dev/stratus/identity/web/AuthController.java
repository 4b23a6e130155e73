package dev.stratus.identity.web;

import java.util.Map;

import dev.stratus.identity.Accounts;
import dev.stratus.identity.Registration;
import dev.stratus.identity.SignInClient;
import dev.stratus.identity.web.UserResponses.Me;
import dev.stratus.identity.web.UserResponses.Message;
import dev.stratus.identity.web.UserResponses.Registered;
import dev.stratus.identity.web.UserResponses.Tokens;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The account flows of {@code /api/auth}, as the Identity section of the API contract lists them. */
@RestController
@RequestMapping("/api/auth")
class AuthController {

	private final Accounts accounts;

	AuthController(Accounts accounts) {
		this.accounts = accounts;
	}

	@PostMapping("/register")
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<Registered> register(@Valid @RequestBody AuthRequests.Register request) {
		return ApiResponse
			.of(Registered.of(accounts.register(new Registration(request.email(), request.password(),
					request.name()))));
	}

	@PostMapping("/confirm")
	ApiResponse<Message> confirm(@Valid @RequestBody AuthRequests.Confirm request) {
		accounts.confirm(request.email(), request.code());
		return ApiResponse.of(new Message("Email confirmed; you can sign in now"));
	}

	@PostMapping("/resend-code")
	ApiResponse<Message> resendCode(@Valid @RequestBody AuthRequests.EmailOnly request) {
		accounts.resendCode(request.email());
		return ApiResponse.of(new Message("If that account is waiting for confirmation, a new code is on its way"));
	}

	@PostMapping("/login")
	ApiResponse<Tokens> login(@Valid @RequestBody AuthRequests.Login request, HttpServletRequest http) {
		SignInClient client = SignInClient.of(http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT));
		return ApiResponse.of(Tokens.of(accounts.login(request.email(), request.password(), client)));
	}

	@PostMapping("/refresh")
	ApiResponse<Tokens> refresh(@Valid @RequestBody AuthRequests.Refresh request) {
		return ApiResponse.of(Tokens.of(accounts.refresh(request.refreshToken())));
	}

	@PostMapping("/logout")
	ApiResponse<Message> logout(@Valid @RequestBody AuthRequests.Refresh request) {
		accounts.logout(CurrentUser.get().id(), request.refreshToken());
		return ApiResponse.of(new Message("Signed out"));
	}

	@GetMapping("/me")
	ApiResponse<Me> me() {
		return ApiResponse.of(Me.of(accounts.profile(CurrentUser.get().id())));
	}

	@PostMapping("/forgot-password")
	ApiResponse<Message> forgotPassword(@Valid @RequestBody AuthRequests.EmailOnly request) {
		accounts.forgotPassword(request.email());
		return ApiResponse.of(new Message("If that account exists, a reset code is on its way"));
	}

	@PostMapping("/reset-password")
	ApiResponse<Message> resetPassword(@Valid @RequestBody AuthRequests.ResetPassword request) {
		accounts.resetPassword(request.email(), request.code(), request.newPassword());
		return ApiResponse.of(new Message("Password changed; every session was signed out"));
	}

	/** A plain JWK set, not the envelope: JWT libraries read this document as it is. */
	@GetMapping("/.well-known/jwks.json")
	Map<String, Object> publicKeys() {
		return accounts.publicKeys();
	}

}
