package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.Map;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Invitation;
import dev.stratus.workspace.Member;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The team routes' reading and checking of requests, and their answers' shapes, without the cloud. */
@WebSliceTest(TeamController.class)
class TeamControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final Person CALLER = new Person("user-1", "caller@example.test", "caller@example.test");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Team team;

	@Test
	void keepsTheRoleNamesInStepWithTheDomain() {
		assertThat(String.join("|", Arrays.stream(ProjectRole.values()).map(ProjectRole::wire).toList()))
			.isEqualTo(TeamRequests.ROLES);
	}

	@Test
	void invitesWithoutShowingTheToken() throws Exception {
		when(team.invite(eq("p-1"), eq(CALLER), eq("ada@example.com"), eq(ProjectRole.EDITOR))).thenReturn(
				new Invitation("i-1", "p-1", "ada@example.com", ProjectRole.EDITOR, AT, AT.plusSeconds(60), "user-1"));

		mvc.perform(post("/api/projects/p-1/invitations").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \" ada@example.com \", \"role\": \"editor\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.data.id").value("i-1"))
			.andExpect(jsonPath("$.data.role").value("editor"))
			.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:05:05.678Z"))
			.andExpect(jsonPath("$.data.token").doesNotExist());
	}

	@Test
	void refusesABadInvitation() throws Exception {
		mvc.perform(post("/api/projects/p-1/invitations").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"email\": \"not-an-address\", \"role\": \"admin\"}"))
			.andExpect(invalidFields("email", "role"));
		mvc.perform(post("/api/projects/p-1/invitations").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}"))
			.andExpect(invalidFields("email", "role"));

		verifyNoInteractions(team);
	}

	@Test
	void changesARoleAndAnswersTheMember() throws Exception {
		when(team.changeRole("p-1", "user-1", "user-2", ProjectRole.VIEWER))
			.thenReturn(new Member("user-2", "bo@example.com", "Bo", ProjectRole.VIEWER, AT));

		mvc.perform(patch("/api/projects/p-1/members/user-2").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": \"viewer\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.userId").value("user-2"))
			.andExpect(jsonPath("$.data.name").value("Bo"))
			.andExpect(jsonPath("$.data.role").value("viewer"))
			.andExpect(jsonPath("$.data.joinedAt").value("2026-01-02T03:04:05.678Z"));
	}

	@Test
	void refusesAMissingRole() throws Exception {
		mvc.perform(patch("/api/projects/p-1/members/user-2").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"role\": null}"))
			.andExpect(invalidFields("role"));

		verifyNoInteractions(team);
	}

	@Test
	void answersAUsedInvitationWithItsReason() throws Exception {
		when(team.accept(eq("tok"), any())).thenThrow(new Conflict("used", Map.of("reason", "used")));

		mvc.perform(post("/api/invitations/tok/accept").with(as(Role.GUEST)))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error.code").value("CONFLICT"))
			.andExpect(jsonPath("$.error.details.reason").value("used"));

		verify(team).accept("tok", CALLER);
	}

}
