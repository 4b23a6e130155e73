package dev.stratus.customers.internal;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules the workflow's Validate step applies (docs/API.md "Customers"). */
class CustomerRulesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@ParameterizedTest
	@ValueSource(strings = { "abc", "cust-001", "A_b-9",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void acceptsIdsOfThreeToSixtyFourLettersDigitsHyphensAndUnderscores(String id) {
		assertThat(CustomerRules.broken(customer(Map.of("id", id)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "ab", "has space", "dot.ted", "slash/ed", "ümlaut", "semi;colon",
			"01234567890123456789012345678901234567890123456789012345678901234" })
	void rejectsOtherIdsAsInvalidId(String id) {
		assertThat(CustomerRules.broken(customer(Map.of("id", id)))).get()
			.extracting(Rejection::error)
			.isEqualTo("INVALID_ID");
	}

	@ParameterizedTest
	@ValueSource(strings = { "workflow", "executions" })
	void rejectsTheIdsThatNameTheModulesRoutes(String id) {
		assertThat(CustomerRules.broken(customer(Map.of("id", id)))).get()
			.satisfies(rejection -> assertThat(rejection.error()).isEqualTo("INVALID_ID"))
			.satisfies(rejection -> assertThat(rejection.cause()).contains("reserved"));
		assertThat(CustomerRules.broken(customer(Map.of("id", "Workflow")))).isEmpty();
	}

	@Test
	void rejectsAnIdThatIsNotText() {
		assertThat(CustomerRules.broken(customer(Map.of("id", 12345)))).get()
			.extracting(Rejection::error)
			.isEqualTo("INVALID_ID");
		assertThat(CustomerRules.broken(customer(Map.of()))).get().extracting(Rejection::error).isEqualTo("INVALID_ID");
	}

	@ParameterizedTest
	@ValueSource(strings = { "a@example.com", "first.last+tag@mail.example.co.uk", "x_y@sub-domain.example.org" })
	void acceptsValidEmails(String email) {
		assertThat(CustomerRules.broken(customer(Map.of("id", "cust-1", "email", email)))).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "plain", "@example.com", "a@", "a@localhost", "a@@example.com", "a b@example.com",
			".a@example.com", "a..b@example.com", "a@-example.com", "a@example..com" })
	void rejectsInvalidEmailsAsInvalidEmail(String email) {
		assertThat(CustomerRules.broken(customer(Map.of("id", "cust-1", "email", email)))).get()
			.extracting(Rejection::error)
			.isEqualTo("INVALID_EMAIL");
	}

	@Test
	void checksTheIdBeforeTheEmail() {
		assertThat(CustomerRules.broken(customer(Map.of("id", "x", "email", "nope")))).get()
			.extracting(Rejection::error)
			.isEqualTo("INVALID_ID");
	}

	@Test
	void acceptsAttributesWithinTheShape() {
		Map<String, Object> attributes = new HashMap<>();
		for (int i = 0; i < 20; i++) {
			attributes.put("k" + i, "v".repeat(256));
		}
		assertThat(CustomerRules.broken(customer(Map.of("id", "cust-1", "attributes", attributes)))).isEmpty();
	}

	@Test
	void rejectsAttributesOutsideTheShape() {
		Map<String, Object> tooMany = new HashMap<>();
		for (int i = 0; i < 21; i++) {
			tooMany.put("k" + i, "v");
		}
		for (Object attributes : new Object[] { tooMany, Map.of("k", 1), Map.of("k", "v".repeat(257)),
				Map.of("k".repeat(65), "v"), "not an object" }) {
			assertThat(CustomerRules.broken(customer(Map.of("id", "cust-1", "attributes", attributes))))
				.as(attributes.toString())
				.get()
				.extracting(Rejection::error)
				.isEqualTo("INVALID_ATTRIBUTES");
		}
	}

	private static JsonNode customer(Map<String, ?> fields) {
		return JSON.valueToTree(fields);
	}

}
