package dev.stratus.identity.web;

import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.identity.Accounts;
import dev.stratus.identity.SignInSession;
import dev.stratus.platform.errors.NotFound;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.contains;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sessions list: which session is the caller's own comes from the token, and only session ids are looked up. */
@WebSliceTest(SessionController.class)
class SessionControllerTests {

	private static final String CURRENT = "0b5c2c1e-4f7e-4d43-9a55-2f1d1f0f6a01";

	private static final String OTHER = "7d0e8a4b-93c1-4c3e-8f0e-6b2a9d1c5e02";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	/** {@code user-1} signed in with a token of session {@link #CURRENT}. */
	private static RequestPostProcessor signedIn() {
		return jwt().jwt(token -> token.subject("user-1").claim(SignInSession.TOKEN_CLAIM, CURRENT))
			.authorities(new SimpleGrantedAuthority("ROLE_USER"));
	}

	@Test
	void marksTheSessionOfThePresentedTokenAsCurrent() throws Exception {
		Instant at = Instant.parse("2026-01-15T09:00:00.000Z");
		when(accounts.sessions("user-1")).thenReturn(List.of(new SignInSession(OTHER, "Firefox", "10.0.0.2", at, at),
				new SignInSession(CURRENT, "Safari", "10.0.0.1", at, at.plusSeconds(90))));

		mvc.perform(get("/api/auth/sessions").with(signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data[*].id").value(contains(OTHER, CURRENT)))
			.andExpect(jsonPath("$.data[*].current").value(contains(false, true)))
			.andExpect(jsonPath("$.data[1].userAgent").value("Safari"))
			.andExpect(jsonPath("$.data[1].ipAddress").value("10.0.0.1"))
			.andExpect(jsonPath("$.data[1].createdAt").value("2026-01-15T09:00:00.000Z"))
			.andExpect(jsonPath("$.data[1].lastUsedAt").value("2026-01-15T09:01:30.000Z"));
	}

	@Test
	void keepsTheSessionOfThePresentedTokenWhenRevokingTheOthers() throws Exception {
		when(accounts.endOtherSessions("user-1", CURRENT)).thenReturn(3);

		mvc.perform(post("/api/auth/sessions/revoke-others").with(signedIn()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.revoked").value(3));
	}

	@Nested
	class EndSession {

		@Test
		void endsTheCallersSession() throws Exception {
			mvc.perform(delete("/api/auth/sessions/" + OTHER).with(signedIn()))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.id").value(OTHER));

			verify(accounts).endSession("user-1", OTHER);
		}

		@Test
		void answersASessionTheCallerDoesNotHaveWithNotFound() throws Exception {
			doThrow(new NotFound("Session")).when(accounts).endSession("user-1", OTHER);

			mvc.perform(delete("/api/auth/sessions/" + OTHER).with(signedIn()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

		@Test
		void looksNothingUpForAnIdNoSessionCanHave() throws Exception {
			mvc.perform(delete("/api/auth/sessions/" + "x".repeat(65)).with(signedIn()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
			mvc.perform(delete("/api/auth/sessions/{id}", "a#b").with(signedIn())).andExpect(status().isNotFound());

			verifyNoInteractions(accounts);
		}

	}

}
