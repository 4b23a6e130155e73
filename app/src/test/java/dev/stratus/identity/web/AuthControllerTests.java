package dev.stratus.identity.web;

import dev.stratus.WebSliceTest;
import dev.stratus.identity.Accounts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Identity's request bodies follow the platform's one validation style. */
@WebSliceTest(AuthController.class)
class AuthControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Accounts accounts;

	private ResultActions send(String path, String json) throws Exception {
		return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Nested
	class Register {

		@Test
		void namesEveryBrokenPasswordRuleAndEveryBadField() throws Exception {
			send("/api/auth/register", "{\"email\": \"not-an-email\", \"password\": \"short\", \"name\": \"\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("VALIDATION_ERROR"))
				.andExpect(jsonPath("$.error.details[*].field").value(hasItems("email", "name", "password")))
				.andExpect(jsonPath("$.error.details[?(@.field == 'password')].message")
					.value(containsInAnyOrder("must be at least 8 characters long", "must contain an upper-case letter",
							"must contain a digit")));

			verifyNoInteractions(accounts);
		}

	}

	@Nested
	class Login {

		@Test
		void listsFieldsOfTheWrongTypeInsteadOfCoercingThem() throws Exception {
			send("/api/auth/login", "{\"email\": {\"nested\": 1}, \"password\": 12345678}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("VALIDATION_ERROR"))
				.andExpect(jsonPath("$.error.details[*].field").value(contains("email", "password")))
				.andExpect(jsonPath("$.error.details[*].message")
					.value(contains("must be a string", "must be a string")));

			verifyNoInteractions(accounts);
		}

		@Test
		void answersMalformedJsonWithBadRequest() throws Exception {
			send("/api/auth/login", "{\"email\": ").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"));

			verifyNoInteractions(accounts);
		}

	}

}
