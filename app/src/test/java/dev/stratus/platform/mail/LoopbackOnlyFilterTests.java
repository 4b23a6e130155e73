package dev.stratus.platform.mail;

import java.net.URI;
import java.time.Clock;

import dev.stratus.platform.web.ErrorResponses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The local inbox answers only a caller on this machine that names this machine: anyone else,
 * including a web page that rebinds its own name to 127.0.0.1, gets a plain 404.
 */
class LoopbackOnlyFilterTests {

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Inbox())
		.addFilters(new LoopbackOnlyFilter(new ErrorResponses(JsonMapper.builder().build(), Clock.systemUTC())))
		.build();

	@RestController
	static class Inbox {

		@GetMapping("/api/local/inbox")
		String inbox() {
			return "mail";
		}

	}

	@ParameterizedTest
	@ValueSource(strings = { "localhost:8080", "localhost", "127.0.0.1:8080", "[::1]:8080", "LOCALHOST." })
	void servesALoopbackCallerNamingThisMachine(String host) throws Exception {
		mvc.perform(get("/api/local/inbox").header("Host", host))
			.andExpect(status().isOk())
			.andExpect(content().string("mail"));
	}

	@Test
	void hidesTheInboxFromAnotherMachine() throws Exception {
		mvc.perform(get("/api/local/inbox").header("Host", "localhost:8080").with(request -> {
			request.setRemoteAddr("10.0.0.5");
			return request;
		})).andExpect(status().isNotFound()).andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "stratus.example:8080", "rebound.attacker.example", "192.0.2.2:8080", "localhost.evil" })
	void hidesTheInboxFromARequestNamingAnotherHost(String host) throws Exception {
		mvc.perform(get("/api/local/inbox").header("Host", host))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.success").value(false))
			.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
	}

	@Test
	void hidesTheInboxUnderAnotherSpellingOfItsPath() throws Exception {
		mvc.perform(get(URI.create("/api/%6Cocal/inbox")).header("Host", "localhost").with(request -> {
			request.setRemoteAddr("10.0.0.5");
			return request;
		})).andExpect(status().isNotFound()).andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
	}

}
