package dev.stratus.inventory.web;

import java.util.Map;

import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.inventory.Shoppers;
import dev.stratus.inventory.Shoppers.Shopper;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the inventory API tests share: the running app's API, a fresh {@link Shoppers} for each
 * test, and products created over HTTP. The tests themselves carry {@code @IntegrationTest}.
 */
abstract class InventoryApiFixture {

	@Autowired
	StratusApi api;

	@Autowired
	private TestUsers testUsers;

	Shoppers users;

	@BeforeEach
	void shoppers() {
		users = new Shoppers(testUsers);
	}

	/** Creates a product as {@code manager}, expects 201 and returns the product as answered. */
	JsonNode createProduct(Shopper manager, Map<String, ?> body) {
		var response = api.post("/api/products", body, manager.auth());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.data();
	}

}
