package dev.stratus.workspace.web;

import dev.stratus.platform.Page;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.workspace.Team;
import dev.stratus.workspace.web.ProjectResponses.ProjectResponse;
import dev.stratus.workspace.web.TeamRequests.NewInvitation;
import dev.stratus.workspace.web.TeamRequests.RoleChange;
import dev.stratus.workspace.web.TeamResponses.InvitationResponse;
import dev.stratus.workspace.web.TeamResponses.MemberRemoved;
import dev.stratus.workspace.web.TeamResponses.MemberResponse;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's team: members, invitations and their acceptance, role changes, removal and leaving
 * ({@code DELETE} of one's own membership).
 */
@RestController
class TeamController {

	private final Team team;

	TeamController(Team team) {
		this.team = team;
	}

	@GetMapping("/api/projects/{id}/members")
	ApiResponse<Page<MemberResponse>> members(@PathVariable String id,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(
				team.members(id, SignedIn.userId(), size, QueryParams.present(nextToken)).map(MemberResponse::of));
	}

	@PostMapping("/api/projects/{id}/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	ApiResponse<InvitationResponse> invite(@PathVariable String id, @Valid @RequestBody NewInvitation body) {
		return ApiResponse
			.of(InvitationResponse.of(team.invite(id, SignedIn.person(), body.email(), body.projectRole())));
	}

	/** The project the caller has joined, as they now see it. */
	@PostMapping("/api/invitations/{token}/accept")
	ApiResponse<ProjectResponse> accept(@PathVariable String token) {
		return ApiResponse.of(ProjectResponse.of(team.accept(token, SignedIn.person())));
	}

	@PatchMapping("/api/projects/{id}/members/{userId}")
	ApiResponse<MemberResponse> changeRole(@PathVariable String id, @PathVariable String userId,
			@Valid @RequestBody RoleChange body) {
		return ApiResponse.of(MemberResponse.of(team.changeRole(id, SignedIn.userId(), userId, body.projectRole())));
	}

	@DeleteMapping("/api/projects/{id}/members/{userId}")
	ApiResponse<MemberRemoved> remove(@PathVariable String id, @PathVariable String userId) {
		team.remove(id, SignedIn.userId(), userId);
		return ApiResponse.of(new MemberRemoved(id, userId));
	}

}
