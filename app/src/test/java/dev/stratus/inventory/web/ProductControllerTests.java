package dev.stratus.inventory.web;

import java.time.Instant;
import java.util.Arrays;

import dev.stratus.WebSliceTest;
import dev.stratus.inventory.Category;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductChanges;
import dev.stratus.inventory.ProductDraft;
import dev.stratus.inventory.Products;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The product routes' reading and checking of requests, and their envelope, without the cloud. */
@WebSliceTest(ProductController.class)
class ProductControllerTests {

	private static final String VALID = """
			{"name": "Desk lamp", "description": "A sturdy lamp for tests", "category": "electronics",
			"price": 2599, "quantity": 12, "sku": "SKU-1"}""";

	private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05.678Z");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Products products;

	private ResultActions send(String method, String path, String json) throws Exception {
		var request = method.equals("PUT") ? put(path) : post(path);
		return mvc.perform(request.with(as(Role.MANAGER)).contentType(MediaType.APPLICATION_JSON).content(json));
	}


	private static Product product(String name) {
		return new Product("3f1c2b9e-0000-4000-8000-000000000001", name, "A sturdy lamp for tests",
				Category.ELECTRONICS, 2599, 12, "SKU-1", null, CREATED, CREATED, "user-1", 1, 0);
	}

	@Nested
	class Create {

		@Test
		void handsTheServiceAStrippedDraftAndAnswersInTheEnvelope() throws Exception {
			when(products.create(any(), any())).thenReturn(product("Desk lamp"));

			send("POST", "/api/products", VALID.replace("\"Desk lamp\"", "\"  Desk lamp  \""))
				.andExpect(status().isCreated())
				.andExpect(header().string("ETag", "\"1.0\""))
				.andExpect(jsonPath("$.success").value(true))
				.andExpect(jsonPath("$.data.name").value("Desk lamp"))
				.andExpect(jsonPath("$.data.isLowStock").value(false))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.meta.timestamp").value("2026-01-15T10:30:00.123Z"))
				.andExpect(jsonPath("$.meta.requestId").isNotEmpty());

			ArgumentCaptor<ProductDraft> draft = ArgumentCaptor.forClass(ProductDraft.class);
			ArgumentCaptor<CurrentUser> caller = ArgumentCaptor.forClass(CurrentUser.class);
			verify(products).create(caller.capture(), draft.capture());
			assertThat(draft.getValue()).isEqualTo(new ProductDraft("Desk lamp", "A sturdy lamp for tests",
					Category.ELECTRONICS, 2599, 12, "SKU-1", null));
			assertThat(caller.getValue().id()).isEqualTo("user-1");
		}

		@Test
		void listsEveryBrokenFieldAndCallsNoService() throws Exception {
			send("POST", "/api/products", """
					{"name": "ab", "description": "short", "category": "toys", "price": 0, "quantity": -1,
					"sku": "x", "imageUrl": "ftp://files.example.test/a.png"}""")
				.andExpect(invalidFields("category", "description", "imageUrl", "name", "price", "quantity", "sku"))
				.andExpect(jsonPath("$.error.details[0].message")
					.value("must be one of electronics, clothing, food, other"))
				.andExpect(jsonPath("$.error.details[2].message").value("must be an http or https URL"))
				.andExpect(jsonPath("$.error.details[4].message").value("must be greater than or equal to 1"));

			verifyNoInteractions(products);
		}

		@Test
		void listsWrongTypesBesideTheMissingFieldsWithoutCoercingThem() throws Exception {
			send("POST", "/api/products", """
					{"name": 5, "price": 9.99, "quantity": "3", "imageUrl": true}""")
				.andExpect(invalidFields("category", "description", "imageUrl", "name", "price", "quantity", "sku"))
				.andExpect(jsonPath("$.error.details[0].message").value("is required"))
				.andExpect(jsonPath("$.error.details[2].message").value("must be a string"))
				.andExpect(jsonPath("$.error.details[3].message").value("must be a string"))
				.andExpect(jsonPath("$.error.details[4].message").value("must be an integer"))
				.andExpect(jsonPath("$.error.details[5].message").value("must be an integer"));

			verifyNoInteractions(products);
		}

		@Test
		void refusesWholeNumbersWrittenAsDecimalsOrTooLongForALong() throws Exception {
			send("POST", "/api/products",
					VALID.replace("2599", "2599.0").replace("12,", "99999999999999999999,"))
				.andExpect(invalidFields("price", "quantity"))
				.andExpect(jsonPath("$.error.details[*].message")
					.value(contains("must be an integer", "must be an integer")));
		}

		@Test
		void acceptsThePriceAndStockBoundsAndRefusesOneAbove() throws Exception {
			when(products.create(any(), any())).thenReturn(product("Bounded"));

			send("POST", "/api/products", VALID.replace("2599", "100000000").replace("12,", "1000000,"))
				.andExpect(status().isCreated());
			send("POST", "/api/products", VALID.replace("2599", "100000001").replace("12,", "1000001,"))
				.andExpect(invalidFields("price", "quantity"));
		}

		@Test
		void acceptsEveryCategoryOfTheDomain() throws Exception {
			when(products.create(any(), any())).thenReturn(product("Categorised"));

			for (Category category : Category.values()) {
				send("POST", "/api/products", VALID.replace("electronics", category.wire()))
					.andExpect(status().isCreated());
			}
			assertThat(ProductRequests.CATEGORIES.split("\\|"))
				.containsExactlyElementsOf(Arrays.stream(Category.values()).map(Category::wire).toList());
		}

		@Test
		void ignoresUnknownFields() throws Exception {
			when(products.create(any(), any())).thenReturn(product("Desk lamp"));

			send("POST", "/api/products", VALID.replace("{", "{\"colour\": [\"red\"], "))
				.andExpect(status().isCreated());
		}

		@Test
		void answersMalformedJsonAndBodiesThatAreNoObjectWithBadRequest() throws Exception {
			send("POST", "/api/products", "{\"name\": ").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.error.message").value("Request body is not valid JSON"));
			send("POST", "/api/products", "[1, 2]").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.error.message").value("Request body must be a JSON object"));
			verifyNoInteractions(products);
		}

	}

	@Nested
	class Update {

		private static final String PATH = "/api/products/3f1c2b9e-0000-4000-8000-000000000001";

		@Test
		void changesOnlyTheFieldsSent() throws Exception {
			when(products.update(anyString(), any(), any())).thenReturn(product("Desk lamp"));

			send("PUT", PATH, "{\"price\": 1999, \"sku\": \" SKU-2 \"}").andExpect(status().isOk())
				.andExpect(header().string("ETag", "\"1.0\""));

			verify(products).update(anyString(), eq(new ProductChanges(null, null, null, 1999L, null, "SKU-2", null,
					false)), isNull());
		}

		@Test
		void removesTheImageUrlWhenItIsSentAsNullAndKeepsItWhenItIsNotSent() throws Exception {
			when(products.update(anyString(), any(), any())).thenReturn(product("Desk lamp"));

			send("PUT", PATH, "{\"imageUrl\": null}").andExpect(status().isOk());
			send("PUT", PATH, "{\"imageUrl\": \"https://img.example.test/a.png\"}").andExpect(status().isOk());

			verify(products).update(anyString(),
					eq(new ProductChanges(null, null, null, null, null, null, null, true)), isNull());
			verify(products).update(anyString(), eq(new ProductChanges(null, null, null, null, null, null,
					"https://img.example.test/a.png", false)), isNull());
		}

		@Test
		void listsEveryBrokenFieldOfTheOnesSent() throws Exception {
			send("PUT", PATH, """
					{"name": "", "price": -5, "category": "toys", "quantity": 1.5, "imageUrl": "nope"}""")
				.andExpect(invalidFields("category", "imageUrl", "name", "price", "quantity"));

			verifyNoInteractions(products);
		}

		@Test
		void refusesAPriceOrStockAboveTheBoundsEvenAtTheLongsEnd() throws Exception {
			send("PUT", PATH, "{\"price\": 100000001, \"quantity\": 1000001}")
				.andExpect(invalidFields("price", "quantity"));
			send("PUT", PATH, "{\"price\": %d, \"quantity\": %d}".formatted(Long.MAX_VALUE, Long.MAX_VALUE))
				.andExpect(invalidFields("price", "quantity"));

			verifyNoInteractions(products);
		}

		@Test
		void refusesABodyThatChangesNothing() throws Exception {
			send("PUT", PATH, "{\"colour\": \"red\"}").andExpect(invalidFields("body"));
			send("PUT", PATH, "{\"price\": \"12\", \"name\": \"Lamp\"}").andExpect(invalidFields("price"));

			verifyNoInteractions(products);
		}

		@Test
		void answersAnIfMatchThatIsNoETagWithBadRequest() throws Exception {
			mvc.perform(put(PATH).with(as(Role.MANAGER))
				.header("If-Match", "yesterday")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"price\": 1999}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"));

			verifyNoInteractions(products);
		}

	}

	@Nested
	class Image {

		@Test
		void refusesAContentTypeThatIsNoImage() throws Exception {
			send("POST", "/api/products/p-1/image", "{\"contentType\": \"text/html\"}")
				.andExpect(invalidFields("contentType"));
			send("POST", "/api/products/p-1/image", "{}").andExpect(invalidFields("contentType"))
				.andExpect(jsonPath("$.error.details[0].message").value("is required"));

			verifyNoInteractions(products);
		}

		@Test
		void preparesAnUploadForAnImageType() throws Exception {
			when(products.prepareImageUpload(eq("p-1"), eq("image/png"), anyString()))
				.thenReturn(new Products.ImageUpload("https://s3.example.test/put", "http://localhost/img", 900));

			send("POST", "/api/products/p-1/image", "{\"contentType\": \" image/png \"}").andExpect(status().isOk())
				.andExpect(jsonPath("$.data.expiresIn").value(900));

			verify(products).prepareImageUpload("p-1", "image/png", "http://localhost/api/products/p-1/image");
		}

	}

}
