package dev.stratus.identity.web;

import dev.stratus.identity.Accounts;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.web.UserResponses.AdminView;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin's view of the user pool; only admins reach it (the platform's admin area, {@code AccessRules}). */
@RestController
@RequestMapping("/api/admin/users")
class AdminUserController {

	private final Accounts accounts;

	AdminUserController(Accounts accounts) {
		this.accounts = accounts;
	}

	@GetMapping
	ApiResponse<Page<AdminView>> list(@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		return ApiResponse.of(accounts.users(limit, nextToken).map(AdminView::of));
	}

	@PatchMapping("/{id}")
	ApiResponse<AdminView> update(@PathVariable String id, @Valid @RequestBody Change request) {
		UserChange change = new UserChange(request.role() == null ? null : Role.fromGroup(request.role()),
				request.disabled());
		return ApiResponse.of(AdminView.of(accounts.update(CurrentUser.get().id(), id, change)));
	}

	record Change(@Nullable @Pattern(regexp = "admin|manager|user|guest",
			message = "must be one of admin, manager, user, guest") String role, @Nullable Boolean disabled) {
	}

}
