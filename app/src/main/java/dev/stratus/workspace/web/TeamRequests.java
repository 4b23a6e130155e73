package dev.stratus.workspace.web;

import dev.stratus.workspace.ProjectRole;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the team's requests. */
final class TeamRequests {

	/** {@link ProjectRole}'s wire names; {@code TeamControllerTests} checks that they agree. */
	static final String ROLES = "owner|editor|viewer";

	static final String ROLE_MESSAGE = "must be one of owner, editor, viewer";

	private TeamRequests() {
	}

	/** {@code POST /api/projects/{id}/invitations}. */
	record NewInvitation(@NotBlank @Email @Size(max = 254) String email,
			@NotNull @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role) {

		NewInvitation {
			email = email == null ? null : email.strip();
		}

		ProjectRole projectRole() {
			return ProjectRole.fromWire(role).orElseThrow();
		}

	}

	/** {@code PATCH /api/projects/{id}/members/{userId}}. */
	record RoleChange(@NotNull @Pattern(regexp = ROLES, message = ROLE_MESSAGE) String role) {

		ProjectRole projectRole() {
			return ProjectRole.fromWire(role).orElseThrow();
		}

	}

}
