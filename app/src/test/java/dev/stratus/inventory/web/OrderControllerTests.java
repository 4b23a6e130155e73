package dev.stratus.inventory.web;

import java.time.Instant;

import dev.stratus.WebSliceTest;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.inventory.Orders;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The order routes' reading and checking of requests, and their envelope, without the cloud. */
@WebSliceTest(OrderController.class)
class OrderControllerTests {

	private static final String PRODUCT = "3f1c2b9e-0000-4000-8000-000000000001";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Orders orders;

	private ResultActions place(String json, String... idempotencyKey) throws Exception {
		var request = post("/api/orders").with(as(Role.USER)).contentType(MediaType.APPLICATION_JSON).content(json);
		if (idempotencyKey.length > 0) {
			request.header("Idempotency-Key", idempotencyKey[0]);
		}
		return mvc.perform(request);
	}


	@Nested
	class Place {

		@Test
		void placesTheOrderForTheCallerWithTheKeyAndSaysWhetherItWasReplayed() throws Exception {
			Instant at = Instant.parse("2026-01-02T03:04:05.678Z");
			Order order = new Order(OrderId.random(), "user-1", "caller@example.test", PRODUCT, "Lamp", 3, 1250,
					Order.Status.PENDING, at, at);
			when(orders.place(any(), anyString(), anyLong(), any())).thenReturn(new Orders.Placed(order, true));

			place("{\"productId\": \" " + PRODUCT + " \", \"quantity\": 3}", "retry-1").andExpect(status().isCreated())
				.andExpect(header().string("Idempotent-Replayed", "true"))
				.andExpect(jsonPath("$.data.totalAmount").value(3750))
				.andExpect(jsonPath("$.data.status").value("PENDING"));

			verify(orders).place(any(), eq(PRODUCT), eq(3L), eq("retry-1"));
		}

		@Test
		void listsTheBadIdempotencyKeyWithTheBodysProblems() throws Exception {
			place("{\"productId\": \"not-a-uuid\", \"quantity\": 0}", "has spaces")
				.andExpect(invalidFields("Idempotency-Key", "productId", "quantity"))
				.andExpect(jsonPath("$.error.details[0].message").value("must be 1 to 128 letters, digits or . _ : -"))
				.andExpect(jsonPath("$.error.details[1].message").value("must be a product id (UUID)"));

			verifyNoInteractions(orders);
		}

		@Test
		void listsWrongTypesWithTheBadIdempotencyKey() throws Exception {
			place("{\"productId\": 7, \"quantity\": \"3\"}", "x".repeat(129))
				.andExpect(invalidFields("Idempotency-Key", "productId", "quantity"))
				.andExpect(jsonPath("$.error.details[1].message").value("must be a string"))
				.andExpect(jsonPath("$.error.details[2].message").value("must be an integer"));

			verifyNoInteractions(orders);
		}

		@Test
		void listsMissingFieldsAndFractions() throws Exception {
			place("{\"quantity\": 1.5}").andExpect(invalidFields("productId", "quantity"))
				.andExpect(jsonPath("$.error.details[*].message").value(contains("is required", "must be an integer")));

			verifyNoInteractions(orders);
		}

		@Test
		void refusesMoreThanAThousandInOneOrder() throws Exception {
			place("{\"productId\": \"" + PRODUCT + "\", \"quantity\": 1001}").andExpect(invalidFields("quantity"));

			verifyNoInteractions(orders);
		}

		@Test
		void answersMalformedJsonAndAWrongContentTypeWithBadRequest() throws Exception {
			place("{\"productId\": ").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"));
			mvc.perform(post("/api/orders").with(as(Role.USER)).contentType(MediaType.TEXT_PLAIN).content("x=1"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.message").value(startsWith("Content-Type must be application/json")));

			verifyNoInteractions(orders);
		}

	}

	@Nested
	class List {

		@Test
		void listsEveryBadParameter() throws Exception {
			mvc.perform(get("/api/orders?status=LOST&limit=0").with(as(Role.USER)))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.details[*].field").value(contains("limit", "status")));

			verifyNoInteractions(orders);
		}

	}

}
