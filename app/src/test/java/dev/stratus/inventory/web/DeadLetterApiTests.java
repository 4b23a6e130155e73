package dev.stratus.inventory.web;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.inventory.Shoppers.Shopper;
import dev.stratus.inventory.Category;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.Orders;
import dev.stratus.inventory.ProductDraft;
import dev.stratus.inventory.Products;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The admin dead-letter API, fed by orders whose confirmation email the mail system refuses. */
@IntegrationTest
class DeadLetterApiTests extends InventoryApiFixture {

	@Autowired
	Products products;

	@Autowired
	Orders orders;

	@Autowired
	DynamoDbClient dynamo;

	@Test
	void listsDiscardsAndRedrivesDeadLetters() {
		Shopper admin = users.create(Role.ADMIN);
		Shopper user = users.create(Role.USER);
		String productId = products.create(new CurrentUser("m-1", "m@example.test", Set.of(Role.MANAGER)),
				new ProductDraft("Dead letter lamp", "Its emails never arrive", Category.OTHER, 500, 10,
						"DL-" + UUID.randomUUID(), null))
			.id();
		Order discarded = orders.place(unreachable(), productId, 1, null).order();
		Order redriven = orders.place(unreachable(), productId, 1, null).order();

		JsonNode discardedLetter = awaitDeadLetter(admin, discarded.id().toString());
		JsonNode redrivenLetter = awaitDeadLetter(admin, redriven.id().toString());

		assertThat(redrivenLetter.path("receiveCount").asInt()).isEqualTo(3);
		assertThat(redrivenLetter.path("job").asString()).isEqualTo("orders");
		assertThat(redrivenLetter.path("subjectId").asString()).isEqualTo(redriven.id().toString());
		assertThat(api.get("/api/admin/dead-letters?job=orders&limit=100", admin.auth()).data().path("items"))
			.anySatisfy(letter -> assertThat(letter.path("orderId").asString()).isEqualTo(redriven.id().toString()));
		assertThat(api.get("/api/admin/dead-letters?job=no-such-job", admin.auth()).errorCode())
			.isEqualTo("VALIDATION_ERROR");
		assertThat(redrivenLetter.path("error").asString()).isNotBlank();
		assertThat(redrivenLetter.path("firstFailedAt").asString()).matches("\\d{4}-.*\\.\\d{3}Z");
		assertThat(api.get("/api/admin/dead-letters", user.auth()).status()).isEqualTo(403);

		String discardedId = discardedLetter.path("id").asString();
		assertThat(api.delete("/api/admin/dead-letters/" + discardedId, admin.auth()).status()).isEqualTo(200);
		assertThat(api.delete("/api/admin/dead-letters/" + discardedId, admin.auth()).status()).isEqualTo(404);
		assertThat(api.post("/api/admin/dead-letters/" + discardedId + "/redrive", Map.of(), admin.auth()).status())
			.isEqualTo(404);
		assertThat(order(admin, discarded).path("status").asString()).isEqualTo("PENDING");

		dynamo.updateItem(b -> b.tableName("stratus-inventory")
			.key(Map.of("PK", AttributeValue.fromS("ORDER#" + redriven.id()), "SK", AttributeValue.fromS("METADATA")))
			.updateExpression("SET userEmail = :email")
			.expressionAttributeValues(Map.of(":email", AttributeValue.fromS(user.email()))));
		var all = api.post("/api/admin/dead-letters/redrive", Map.of(), admin.auth());

		assertThat(all.status()).isEqualTo(200);
		assertThat(all.data().path("redriven").asInt()).isGreaterThanOrEqualTo(1);
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> order(admin, redriven).path("status").asString(), "CONFIRMED"::equals);
		var metrics = api.get("/api/admin/prometheus", admin.auth());
		assertThat(metrics.body()).contains("stratus_orders_placed_total", "stratus_orders_dead_letters",
				"stratus_orders_pipeline_latency_seconds", "stratus_orders_insufficient_stock_total");
		assertThat(api.get("/api/admin/prometheus", user.auth()).status()).isEqualTo(403);
	}

	private static CurrentUser unreachable() {
		// A comma makes the address two: the mail system refuses it, every time.
		return new CurrentUser("buyer-" + UUID.randomUUID(), "one,two-" + UUID.randomUUID() + "@example.test",
				Set.of(Role.USER));
	}

	private JsonNode order(Shopper admin, Order order) {
		return api.get("/api/orders/" + order.id(), admin.auth()).data();
	}

	private JsonNode awaitDeadLetter(Shopper admin, String orderId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(40))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> find(admin, orderId), found -> found != null);
	}

	private JsonNode find(Shopper admin, String orderId) {
		for (JsonNode letter : api.get("/api/admin/dead-letters?limit=100", admin.auth()).data().path("items")) {
			if (letter.path("orderId").asString().equals(orderId)) {
				return letter;
			}
		}
		return null;
	}

}
