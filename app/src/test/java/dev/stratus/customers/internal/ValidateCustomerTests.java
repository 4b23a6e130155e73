package dev.stratus.customers.internal;

import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The workflow's Validate step: rules, then the duplicate check, then the item for Insert. */
class ValidateCustomerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final CustomerTable table = mock(CustomerTable.class);

	private final ValidateCustomer validate = new ValidateCustomer(table);

	@Test
	void answersTheItemToInsertInDynamoDbJson() {
		when(table.stored("cust-001")).thenReturn(Optional.empty());

		JsonNode result = validate.run(input(Map.of("id", "cust-001", "name", "Ada", "email", "ada@example.com",
				"attributes", Map.of("tier", "gold")), "exec-1"));

		assertThat(result.path("valid").asBoolean()).isTrue();
		JsonNode item = result.path("item");
		assertThat(item.path("PK").path("S").asString()).isEqualTo("CUSTOMER#cust-001");
		assertThat(item.path("GSI1SK").path("S").asString()).isEqualTo("cust-001");
		assertThat(item.path("name").path("S").asString()).isEqualTo("Ada");
		assertThat(item.path("email").path("S").asString()).isEqualTo("ada@example.com");
		assertThat(item.path("attributes").path("M").path("tier").path("S").asString()).isEqualTo("gold");
		assertThat(item.path("createdBy").path("S").asString()).isEqualTo("user-1");
		assertThat(item.path("apiKeyId").path("S").asString()).isEqualTo("key-1");
		assertThat(item.path("executionId").path("S").asString()).isEqualTo("exec-1");
		assertThat(item.path("createdAt").path("S").asString()).isEqualTo("2026-11-29T10:00:00.000Z");
	}

	@Test
	void rejectsABrokenRuleWithoutReadingTheTable() {
		JsonNode result = validate.run(input(Map.of("id", "a b"), "exec-1"));

		assertThat(result.path("valid").asBoolean()).isFalse();
		assertThat(result.path("error").asString()).isEqualTo("INVALID_ID");
		assertThat(result.path("cause").asString()).isNotBlank();
		verify(table, never()).stored(anyString());
	}

	@Test
	void rejectsAnIdAnotherExecutionRegisteredAsDuplicate() {
		when(table.stored("cust-001")).thenReturn(Optional.of(Map.of("executionId", AttributeValue.fromS("exec-0"))));

		JsonNode result = validate.run(input(Map.of("id", "cust-001"), "exec-1"));

		assertThat(result.path("valid").asBoolean()).isFalse();
		assertThat(result.path("error").asString()).isEqualTo("DUPLICATE_ENTRY");
	}

	@Test
	void takesItsOwnExecutionsItemForNoDuplicate() {
		when(table.stored("cust-001")).thenReturn(Optional.of(Map.of("executionId", AttributeValue.fromS("exec-1"))));

		assertThat(validate.run(input(Map.of("id", "cust-001"), "exec-1")).path("valid").asBoolean()).isTrue();
	}

	private static JsonNode input(Map<String, ?> customer, String executionId) {
		return JSON.valueToTree(Map.of("executionId", executionId, "customer", customer, "requestedBy",
				Map.of("userId", "user-1", "apiKeyId", "key-1"), "requestedAt", "2026-11-29T10:00:00.000Z"));
	}

}
