package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.errors.Unavailable;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.AnsweredQuestion;
import dev.stratus.workspace.Assistant;
import dev.stratus.workspace.AssistantMessage;
import dev.stratus.workspace.Person;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The assistant routes' reading of requests and their answers' shapes, without the cloud. */
@WebSliceTest(AssistantController.class)
class AssistantControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final Person CALLER = new Person("user-1", "caller@example.test", "caller@example.test");

	private static final String URL = "/api/projects/p-1/assistant/messages";

	private static final AssistantMessage QUESTION = new AssistantMessage("m-1", AssistantMessage.Role.USER,
			"explain the schema", AT, null, "user-1");

	private static final AssistantMessage ANSWER = new AssistantMessage("m-2", AssistantMessage.Role.ASSISTANT,
			"Schema version 1 has 2 entities.", AT.plusMillis(5), "local-analyser", "user-1");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Assistant assistant;

	@Nested
	class Ask {

		@Test
		void answersWithTheAssistantsReply() throws Exception {
			when(assistant.ask("p-1", CALLER, "explain the schema", null))
				.thenReturn(new AnsweredQuestion(ANSWER, false));

			mvc.perform(post(URL).with(as(Role.GUEST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"  explain the schema \\n\"}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "false"))
				.andExpect(jsonPath("$.data.id").value("m-2"))
				.andExpect(jsonPath("$.data.role").value("assistant"))
				.andExpect(jsonPath("$.data.content").value("Schema version 1 has 2 entities."))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.683Z"))
				.andExpect(jsonPath("$.data.model").value("local-analyser"))
				.andExpect(jsonPath("$.data.userId").doesNotExist());
		}

		@Test
		void answersARetryWithTheFirstAnswerUnderTheSameIdempotencyKey() throws Exception {
			when(assistant.ask("p-1", CALLER, "explain the schema", "ask-1"))
				.thenReturn(new AnsweredQuestion(ANSWER, true));

			mvc.perform(post(URL).with(as(Role.GUEST))
				.header("Idempotency-Key", "ask-1")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"explain the schema\"}"))
				.andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.data.id").value("m-2"));
		}

		@Test
		void refusesAMalformedIdempotencyKey() throws Exception {
			mvc.perform(post(URL).with(as(Role.GUEST))
				.header("Idempotency-Key", "not a key!")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"hi\"}"))
				.andExpect(invalidFields("Idempotency-Key"));
			verifyNoInteractions(assistant);
		}

		@Test
		void refusesAnEmptyOrBlankMessage() throws Exception {
			for (String body : List.of("{\"message\": \"\"}", "{\"message\": \"  \\n \"}", "{}")) {
				mvc.perform(post(URL).with(as(Role.GUEST)).contentType(MediaType.APPLICATION_JSON).content(body))
					.andExpect(invalidFields("message"));
			}
			verifyNoInteractions(assistant);
		}

		@Test
		void refusesAMessageOver4000Characters() throws Exception {
			mvc.perform(post(URL).with(as(Role.GUEST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"" + "a".repeat(4001) + "\"}"))
				.andExpect(invalidFields("message"))
				.andExpect(jsonPath("$.error.details[0].message").value("size must be between 1 and 4000"));
			verifyNoInteractions(assistant);
		}

		@Test
		void takesAMessageOfExactly4000Characters() throws Exception {
			when(assistant.ask(eq("p-1"), eq(CALLER), anyString(), isNull()))
				.thenReturn(new AnsweredQuestion(ANSWER, false));

			mvc.perform(post(URL).with(as(Role.GUEST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"" + "a".repeat(4000) + "\"}"))
				.andExpect(status().isCreated());
		}

		@Test
		void refusesAMessageThatIsNotText() throws Exception {
			mvc.perform(post(URL).with(as(Role.GUEST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": 42}"))
				.andExpect(invalidFields("message"));
		}

		@Test
		void answers503WhenTheModelCannotAnswer() throws Exception {
			when(assistant.ask(eq("p-1"), any(), any(), any()))
				.thenThrow(new Unavailable("The assistant's model is busy; try again in a minute"));

			mvc.perform(post(URL).with(as(Role.GUEST))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"message\": \"hi\"}"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.error.code").value("SERVICE_UNAVAILABLE"))
				.andExpect(jsonPath("$.error.message").value("The assistant's model is busy; try again in a minute"));
		}

	}

	@Nested
	class History {

		@Test
		void listsTheChatWithWhoAskedAndWhatAnswered() throws Exception {
			when(assistant.history("p-1", "user-1", 2, "next"))
				.thenReturn(new Page<>(List.of(QUESTION, ANSWER), "more"));

			mvc.perform(get(URL + "?limit=2&nextToken=next").with(as(Role.GUEST)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.count").value(2))
				.andExpect(jsonPath("$.data.nextToken").value("more"))
				.andExpect(jsonPath("$.data.items[0].role").value("user"))
				.andExpect(jsonPath("$.data.items[0].userId").value("user-1"))
				.andExpect(jsonPath("$.data.items[0].model").doesNotExist())
				.andExpect(jsonPath("$.data.items[1].role").value("assistant"))
				.andExpect(jsonPath("$.data.items[1].model").value("local-analyser"));
		}

		@Test
		void refusesALimitOutOfRange() throws Exception {
			mvc.perform(get(URL + "?limit=101").with(as(Role.GUEST))).andExpect(invalidFields("limit"));
			verifyNoInteractions(assistant);
		}

		@Test
		void answers404ForAProjectOutsideTheCallersTeams() throws Exception {
			when(assistant.history(eq("p-1"), eq("user-1"), any(Integer.class), any()))
				.thenThrow(new NotFound("Project"));

			mvc.perform(get(URL).with(as(Role.GUEST)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

	}

}
