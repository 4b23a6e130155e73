package dev.stratus.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.DownloadLink;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.Generations;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.StartedGeneration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The code-generation routes' reading of requests and their answers' shapes, without the cloud. */
@WebSliceTest(GenerationController.class)
class GenerationControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final Generation QUEUED = new Generation("g-1", "p-1", Generation.Status.QUEUED, 3, List.of(),
			null, null, AT, null, "user-1");

	private static final Generation READY = new Generation("g-1", "p-1", Generation.Status.READY, 3,
			List.of("pom.xml", "README.md"), 2048L, null, AT, AT.plusSeconds(2), "user-1");

	private static final String NO_SCHEMA = "The project has no schema yet; save one before generating code";

	private static final String URL = "http://127.0.0.1:4566/workspace/archive.zip?X-Amz-Signature=abc";

	private static final Person CALLER = new Person("user-1", "caller@example.test", "caller@example.test");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Generations generations;

	@Nested
	class Start {

		@Test
		void queuesAGenerationForTheSignedInPerson() throws Exception {
			when(generations.start("p-1", CALLER, "key-1")).thenReturn(new StartedGeneration(QUEUED, false));

			mvc.perform(post("/api/projects/p-1/generations").with(as(Role.GUEST)).header("Idempotency-Key", "key-1"))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andExpect(jsonPath("$.data.id").value("g-1"))
				.andExpect(jsonPath("$.data.status").value("QUEUED"));
		}

		@Test
		void answersAReplayWithTheFirstGenerationAsItIsNow() throws Exception {
			when(generations.start("p-1", CALLER, "key-1")).thenReturn(new StartedGeneration(READY, true));

			mvc.perform(post("/api/projects/p-1/generations").with(as(Role.GUEST)).header("Idempotency-Key", "key-1"))
				.andExpect(status().isAccepted())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.data.status").value("READY"));
		}

		@Test
		void refusesAMalformedIdempotencyKeyBeforeAnythingIsQueued() throws Exception {
			mvc.perform(post("/api/projects/p-1/generations").with(as(Role.GUEST))
				.header("Idempotency-Key", "not a key"))
				.andExpect(invalidFields("Idempotency-Key"));

			verifyNoInteractions(generations);
		}

		@Test
		void saysWhyAProjectCannotHaveCodeGenerated() throws Exception {
			when(generations.start(eq("p-1"), any(), any()))
				.thenThrow(new Conflict(NO_SCHEMA));

			mvc.perform(post("/api/projects/p-1/generations").with(as(Role.GUEST)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.error.code").value("CONFLICT"))
				.andExpect(jsonPath("$.error.message").value(NO_SCHEMA));
		}

	}

	@Nested
	class Read {

		@Test
		void showsAReadyGenerationWithItsFilesAndSize() throws Exception {
			when(generations.find("g-1", "user-1")).thenReturn(READY);

			mvc.perform(get("/api/generations/g-1").with(as(Role.GUEST)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.id").value("g-1"))
				.andExpect(jsonPath("$.data.projectId").value("p-1"))
				.andExpect(jsonPath("$.data.status").value("READY"))
				.andExpect(jsonPath("$.data.schemaVersion").value(3))
				.andExpect(jsonPath("$.data.files[0]").value("pom.xml"))
				.andExpect(jsonPath("$.data.sizeBytes").value(2048))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.completedAt").value("2026-01-02T03:04:07.678Z"))
				.andExpect(jsonPath("$.data.error").doesNotExist())
				.andExpect(jsonPath("$.data.requestedBy").doesNotExist());
		}

		@Test
		void leavesOutWhatAQueuedGenerationDoesNotHaveYet() throws Exception {
			when(generations.find("g-1", "user-1")).thenReturn(QUEUED);

			mvc.perform(get("/api/generations/g-1").with(as(Role.GUEST)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.files").isEmpty())
				.andExpect(jsonPath("$.data.sizeBytes").doesNotExist())
				.andExpect(jsonPath("$.data.completedAt").doesNotExist());
		}

		@Test
		void answersNotFoundForAGenerationOutsideTheCallersProjects() throws Exception {
			when(generations.find("g-2", "user-1")).thenThrow(new NotFound("Generation"));

			mvc.perform(get("/api/generations/g-2").with(as(Role.GUEST)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

		@Test
		void listsAPageOfTheProjectsGenerations() throws Exception {
			when(generations.list("p-1", "user-1", 2, "next")).thenReturn(new Page<>(List.of(READY), "after"));

			mvc.perform(get("/api/projects/p-1/generations?limit=2&nextToken=next").with(as(Role.GUEST)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.items[0].id").value("g-1"))
				.andExpect(jsonPath("$.data.count").value(1))
				.andExpect(jsonPath("$.data.nextToken").value("after"));
		}

		@Test
		void refusesALimitOutOfRange() throws Exception {
			mvc.perform(get("/api/projects/p-1/generations?limit=0").with(as(Role.GUEST)))
				.andExpect(invalidFields("limit"));

			verify(generations, never()).list(any(), any(), anyInt(), any());
		}

	}

	@Nested
	class DownloadUrl {

		@Test
		void givesThePresignedUrlAndWhenItExpires() throws Exception {
			when(generations.downloadLink("g-1", "user-1"))
				.thenReturn(new DownloadLink(URI.create(URL).toURL(), AT.plusSeconds(600)));

			mvc.perform(get("/api/generations/g-1/download-url").with(as(Role.GUEST)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.url").value(URL))
				.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:14:05.678Z"));
		}

		@Test
		void answersConflictUntilTheGenerationIsReady() throws Exception {
			when(generations.downloadLink("g-1", "user-1")).thenThrow(new Conflict("The generation is RUNNING"));

			mvc.perform(get("/api/generations/g-1/download-url").with(as(Role.GUEST)))
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.error.code").value("CONFLICT"));
		}

	}

}
