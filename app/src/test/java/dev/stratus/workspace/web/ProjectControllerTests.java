package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.Project;
import dev.stratus.workspace.ProjectChanges;
import dev.stratus.workspace.ProjectDraft;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.Projects;
import dev.stratus.workspace.Stack;
import dev.stratus.workspace.Visibility;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The projects routes' reading and checking of requests, and their answers' shapes, without the cloud. */
@WebSliceTest(ProjectController.class)
class ProjectControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final Project PROJECT = new Project("p-1", "Billing", null, Stack.NODE_EXPRESS, Visibility.PRIVATE,
			ProjectRole.EDITOR, AT, AT.plusSeconds(1), "user-9");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Projects projects;

	private ResultActions send(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
			String json) throws Exception {
		return mvc.perform(request.with(as(Role.GUEST)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void keepsTheWireNamesInStepWithTheDomain() {
		assertThat(String.join("|", Arrays.stream(Stack.values()).map(Stack::wire).toList()))
			.isEqualTo(ProjectRequests.STACKS);
		assertThat(String.join("|", Arrays.stream(Visibility.values()).map(Visibility::wire).toList()))
			.isEqualTo(ProjectRequests.VISIBILITIES);
	}

	@Nested
	class Create {

		@Test
		void createsTheProjectForTheSignedInPerson() throws Exception {
			when(projects.create(any(), any())).thenReturn(PROJECT);

			send(post("/api/projects"), "{\"name\": \" Billing \", \"description\": \"\", \"stack\": \"node-express\","
					+ " \"visibility\": \"private\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.data.id").value("p-1"))
				.andExpect(jsonPath("$.data.stack").value("node-express"))
				.andExpect(jsonPath("$.data.visibility").value("private"))
				.andExpect(jsonPath("$.data.role").value("editor"))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.updatedAt").value("2026-01-02T03:04:06.678Z"))
				.andExpect(jsonPath("$.data.createdBy").value("user-9"))
				.andExpect(jsonPath("$.data.description").doesNotExist());

			verify(projects).create(new ProjectDraft("Billing", null, Stack.NODE_EXPRESS, Visibility.PRIVATE),
					new Person("user-1", "caller@example.test", "caller@example.test"));
		}

		@Test
		void listsEveryBrokenFieldAndCreatesNothing() throws Exception {
			send(post("/api/projects"), "{\"name\": \"  ab  \", \"description\": \"" + "d".repeat(2001)
					+ "\", \"stack\": \"rails\", \"visibility\": \"public\"}")
				.andExpect(invalidFields("description", "name", "stack", "visibility"));
			send(post("/api/projects"), "{}").andExpect(invalidFields("name", "stack", "visibility"));
			send(post("/api/projects"),
					"{\"name\": \"" + "n".repeat(101) + "\", \"stack\": 1, \"visibility\": \"team\"}")
				.andExpect(invalidFields("name", "stack"));

			verifyNoInteractions(projects);
		}

	}

	@Nested
	class Update {

		@Test
		void passesOnlyTheFieldsSent() throws Exception {
			when(projects.update(eq("p-1"), eq("user-1"), any())).thenReturn(PROJECT);

			send(put("/api/projects/p-1"), "{\"visibility\": \"team\"}").andExpect(status().isOk());
			send(put("/api/projects/p-1"), "{\"description\": null}").andExpect(status().isOk());

			verify(projects).update("p-1", "user-1", new ProjectChanges(null, null, false, null, Visibility.TEAM));
			verify(projects).update("p-1", "user-1", new ProjectChanges(null, null, true, null, null));
		}

		@Test
		void refusesABodyThatChangesNothingOrBreaksARule() throws Exception {
			send(put("/api/projects/p-1"), "{}").andExpect(invalidFields("body"));
			send(put("/api/projects/p-1"), "{\"name\": \"x\", \"description\": \"" + "d".repeat(2001) + "\"}")
				.andExpect(invalidFields("description", "name"));

			verifyNoInteractions(projects);
		}

		@Test
		void answersAViewerWithForbidden() throws Exception {
			when(projects.update(eq("p-1"), eq("user-1"), any())).thenThrow(new Forbidden("viewer"));

			send(put("/api/projects/p-1"), "{\"name\": \"Renamed\"}").andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error.code").value("FORBIDDEN"));
		}

	}

	@Nested
	class Read {

		@Test
		void listsTheCallersProjectsWithTheDefaultLimit() throws Exception {
			when(projects.list("user-1", 20, null)).thenReturn(new Page<>(List.of(PROJECT), "next"));

			mvc.perform(get("/api/projects").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.items[0].id").value("p-1"))
				.andExpect(jsonPath("$.data.count").value(1))
				.andExpect(jsonPath("$.data.nextToken").value("next"));
		}

		@Test
		void refusesABadLimit() throws Exception {
			mvc.perform(get("/api/projects?limit=101").with(as(Role.USER))).andExpect(invalidFields("limit"));

			verifyNoInteractions(projects);
		}

		@Test
		void answersAProjectOutsideTheCallersTeamsWithNotFound() throws Exception {
			when(projects.find("p-2", "user-1")).thenThrow(new NotFound("Project"));

			mvc.perform(get("/api/projects/p-2").with(as(Role.USER)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

	}

}
