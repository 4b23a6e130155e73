package dev.stratus.customers.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.stratus.WebSliceTest;
import dev.stratus.customers.Customer;
import dev.stratus.customers.CustomerDraft;
import dev.stratus.customers.Customers;
import dev.stratus.customers.Registration;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Caller;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.workflow.Execution;
import dev.stratus.platform.workflow.ExecutionError;
import dev.stratus.platform.workflow.ExecutionStatus;
import dev.stratus.platform.workflow.Step;
import dev.stratus.platform.workflow.StepStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The customers routes' reading and checking of requests, and their answers' shapes, without the cloud. */
@WebSliceTest(CustomerController.class)
class CustomerControllerTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Customers customers;

	private ResultActions register(String json, String... idempotencyKey) throws Exception {
		var request = post("/api/customers").with(as(Role.MANAGER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json);
		if (idempotencyKey.length > 0) {
			request.header("Idempotency-Key", idempotencyKey[0]);
		}
		return mvc.perform(request);
	}

	@Nested
	class Register {

		@Test
		void startsTheRegistrationForTheCallerAndAnswersItsExecution() throws Exception {
			when(customers.register(any(), any(), any())).thenReturn(new Registration("exec-1", true));

			register("{\"id\": \"cust-001\", \"name\": \"Ada\", \"email\": \"ada@example.com\","
					+ " \"attributes\": {\"tier\": \"gold\"}}", "retry-1")
				.andExpect(status().isAccepted())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.data.executionId").value("exec-1"))
				.andExpect(jsonPath("$.data.status").value("RUNNING"));

			verify(customers).register(
					eq(new CustomerDraft("cust-001", "Ada", "ada@example.com", Map.of("tier", "gold"))),
					eq(new Caller("user-1", null)), eq("retry-1"));
		}

		@Test
		void leavesTheIdAndEmailRulesToTheWorkflow() throws Exception {
			when(customers.register(any(), any(), isNull())).thenReturn(new Registration("exec-2", false));

			register("{\"id\": \"no spaces allowed\", \"email\": \"not-an-address\"}").andExpect(status().isAccepted());
		}

		@Test
		void listsEveryBrokenFieldWithTheBadIdempotencyKeyAndStartsNothing() throws Exception {
			StringBuilder attributes = new StringBuilder("{");
			for (int i = 0; i < 21; i++) {
				attributes.append(i == 0 ? "" : ",").append("\"k").append(i).append("\": \"v\"");
			}
			attributes.append('}');

			register(JSON.writeValueAsString(Map.of("id", "x".repeat(257), "name", "n".repeat(201), "email",
					"e".repeat(255))).replace("}", ", \"attributes\": " + attributes + "}"), "has spaces")
				.andExpect(invalidFields("Idempotency-Key", "attributes", "email", "id", "name"));

			verifyNoInteractions(customers);
		}

		@Test
		void requiresAnId() throws Exception {
			register("{\"name\": \"No id\"}").andExpect(invalidFields("id"));
			register("{\"id\": \"\"}").andExpect(invalidFields("id"));

			verifyNoInteractions(customers);
		}

		@Test
		void checksEachAttribute() throws Exception {
			register("{\"id\": \"cust-1\", \"attributes\": {\"" + "k".repeat(65) + "\": \"v\", \"long\": \""
					+ "v".repeat(257) + "\", \"empty\": null}}")
				.andExpect(invalidFields("attributes", "attributes.empty", "attributes.long"));

			verifyNoInteractions(customers);
		}

		@Test
		void refusesAnIdThatIsNotAString() throws Exception {
			register("{\"id\": 12345}").andExpect(invalidFields("id"));

			verifyNoInteractions(customers);
		}

	}

	@Nested
	class Read {

		@Test
		void answersACustomerAsTheContractShapesIt() throws Exception {
			when(customers.find("cust-001")).thenReturn(new Customer("cust-001", null, "ada@example.com", Map.of(), AT,
					"user-1", "key-1", "exec-1"));

			mvc.perform(get("/api/customers/cust-001").with(as(Role.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.id").value("cust-001"))
				.andExpect(jsonPath("$.data.email").value("ada@example.com"))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.createdBy").value("user-1"))
				.andExpect(jsonPath("$.data.apiKeyId").value("key-1"))
				.andExpect(jsonPath("$.data.executionId").value("exec-1"))
				.andExpect(jsonPath("$.data.name").doesNotExist())
				.andExpect(jsonPath("$.data.attributes").doesNotExist());
		}

		@Test
		void answersAnUnknownCustomerWithNotFound() throws Exception {
			when(customers.find("nobody")).thenThrow(new NotFound("Customer"));

			mvc.perform(get("/api/customers/nobody").with(as(Role.ADMIN)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

		@Test
		void listsByPrefixWithTheDefaultLimit() throws Exception {
			when(customers.list("cu", 20, null)).thenReturn(new Page<>(List.of(), "next"));

			mvc.perform(get("/api/customers?prefix=cu").with(as(Role.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.count").value(0))
				.andExpect(jsonPath("$.data.nextToken").value("next"));
		}

		@Test
		void refusesBadListParameters() throws Exception {
			mvc.perform(get("/api/customers?limit=0&prefix=" + "p".repeat(257)).with(as(Role.ADMIN)))
				.andExpect(invalidFields("limit", "prefix"));
			mvc.perform(get("/api/customers/executions?limit=101&status=DONE").with(as(Role.ADMIN)))
				.andExpect(invalidFields("limit", "status"));

			verifyNoInteractions(customers);
		}

		@Test
		void answersAnExecutionWithItsSteps() throws Exception {
			var input = JSON.readTree("{\"customer\": {\"id\": \"ab\"}}");
			var error = new ExecutionError("INVALID_ID", "too short");
			when(customers.execution("exec-1")).thenReturn(new Execution("exec-1", "customer-registration",
					ExecutionStatus.FAILED, input, null, error, AT, AT.plusSeconds(1),
					List.of(new Step("Validate", "Task", StepStatus.SUCCEEDED, AT, AT, input, input, null, 1),
							new Step("Rejected", "Fail", StepStatus.FAILED, AT, AT, input, null, error, 0))));

			mvc.perform(get("/api/customers/executions/exec-1").with(as(Role.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.executionId").value("exec-1"))
				.andExpect(jsonPath("$.data.status").value("FAILED"))
				.andExpect(jsonPath("$.data.input.customer.id").value("ab"))
				.andExpect(jsonPath("$.data.error.code").value("INVALID_ID"))
				.andExpect(jsonPath("$.data.error.cause").value("too short"))
				.andExpect(jsonPath("$.data.stoppedAt").value("2026-01-02T03:04:06.678Z"))
				.andExpect(jsonPath("$.data.output").doesNotExist())
				.andExpect(jsonPath("$.data.workflow").doesNotExist())
				.andExpect(jsonPath("$.data.steps[0].name").value("Validate"))
				.andExpect(jsonPath("$.data.steps[0].attempts").value(1))
				.andExpect(jsonPath("$.data.steps[1].status").value("FAILED"))
				.andExpect(jsonPath("$.data.steps[1].error.code").value("INVALID_ID"));
		}

		@Test
		void listsExecutionsOfOneStatus() throws Exception {
			when(customers.executions(ExecutionStatus.SUCCEEDED, 5, "tok")).thenReturn(new Page<>(List.of(), null));

			mvc.perform(get("/api/customers/executions?status=succeeded&limit=5&nextToken=tok").with(as(Role.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.items").isEmpty());
		}

		@Test
		void servesTheWorkflowDocumentAsData() throws Exception {
			when(customers.workflowDocument()).thenReturn(JSON.readTree("{\"StartAt\": \"Validate\"}"));

			mvc.perform(get("/api/customers/workflow").with(as(Role.MANAGER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.StartAt").value("Validate"));
		}

	}

	@Nested
	class Delete {

		@Test
		void answersTheDeletedId() throws Exception {
			mvc.perform(delete("/api/customers/cust-001").with(as(Role.MANAGER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.deletedId").value("cust-001"));

			verify(customers).delete("cust-001");
		}

		@Test
		void answersAnUnknownCustomerWithNotFound() throws Exception {
			doThrow(new NotFound("Customer")).when(customers).delete("nobody");

			mvc.perform(delete("/api/customers/nobody").with(as(Role.MANAGER))).andExpect(status().isNotFound());
		}

	}

}
