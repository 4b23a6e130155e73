package dev.stratus.inventory.internal;

import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductChanges;
import dev.stratus.platform.errors.InsufficientStock;
import dev.stratus.platform.security.CurrentUser;
import org.junit.jupiter.api.Test;

import static dev.stratus.platform.dynamo.Attributes.n;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Orders placed from a product as an earlier order saw it: a stale sighting costs a refused transaction and a
 * fresh read, never a wrong order.
 */
@IntegrationTest
class RecentProductsTests extends PipelineFixture {

	@Test
	void placesTheNextOrderAtTheEditedPrice() {
		CurrentUser buyer = buyer();
		Product lamp = product("Sighted lamp", 20);
		orders.place(buyer, lamp.id(), 1, null);

		products.update(lamp.id(), new ProductChanges(null, null, null, 3100L, null, null, null, false), null);
		Order second = orders.place(buyer, lamp.id(), 1, null).order();

		assertThat(second.pricePerUnit()).isEqualTo(3100);
		assertThat(products.find(lamp.id()).quantity()).isEqualTo(18);
	}

	@Test
	void refusesFromTheRealStockWhenAnotherInstanceTookIt() {
		CurrentUser buyer = buyer();
		Product lamp = product("Sold elsewhere lamp", 20);
		orders.place(buyer, lamp.id(), 1, null);

		stockMovedElsewhere(lamp, 3);
		InsufficientStock refused = catchThrowableOfType(InsufficientStock.class,
				() -> orders.place(buyer, lamp.id(), 5, null));

		assertThat(refused.available()).isEqualTo(3);
		assertThat(products.find(lamp.id()).quantity()).isEqualTo(3);
	}

	@Test
	void ordersStockRestockedBehindTheSighting() {
		CurrentUser buyer = buyer();
		Product lamp = product("Restocked elsewhere lamp", 2);
		orders.place(buyer, lamp.id(), 2, null);

		stockMovedElsewhere(lamp, 5);
		Order order = orders.place(buyer, lamp.id(), 3, null).order();

		assertThat(order.quantity()).isEqualTo(3);
		assertThat(products.find(lamp.id()).quantity()).isEqualTo(2);
	}

	/** What another instance's orders or cancellations do: the stock moves, the product's version stays. */
	private void stockMovedElsewhere(Product product, long quantity) {
		dynamo.updateItem(b -> b.tableName("stratus-inventory")
			.key(ProductTable.key(product.id()))
			.updateExpression("SET quantity = :q ADD stockVersion :one")
			.expressionAttributeValues(Map.of(":q", n(quantity), ":one", n(1))));
	}

}
