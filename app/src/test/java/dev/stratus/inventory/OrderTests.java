package dev.stratus.inventory;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The order's state machine: PENDING → CONFIRMED, or CANCELLED; never back. */
class OrderTests {

	private static final Instant NOW = Instant.parse("2026-01-15T10:30:00Z");

	private final Product lamp = new Product("p-1", "Desk lamp", "A lamp for a desk", Category.ELECTRONICS, 2500, 7,
			"LAMP-1", null, NOW, NOW, "u-0", 1, 0);

	@Test
	void placesAPendingOrderAtTheCurrentPrice() {
		Order order = Order.place("u-1", "u1@example.test", lamp, 3, NOW);

		assertThat(order.status()).isEqualTo(Order.Status.PENDING);
		assertThat(order.totalAmount()).isEqualTo(7500);
		assertThat(order.takeEvents()).singleElement().isInstanceOf(Order.OrderPlaced.class);
	}

	@Test
	void confirmsAPendingOrder() {
		Order order = Order.place("u-1", "u1@example.test", lamp, 1, NOW);
		order.takeEvents();

		order.confirm(NOW.plusSeconds(1));

		assertThat(order.status()).isEqualTo(Order.Status.CONFIRMED);
		assertThat(order.takeEvents()).singleElement().isInstanceOf(Order.OrderConfirmed.class);
	}

	@Test
	void neverConfirmsACancelledOrder() {
		Order order = Order.place("u-1", "u1@example.test", lamp, 1, NOW);
		order.cancel(NOW);

		assertThatIllegalStateException().isThrownBy(() -> order.confirm(NOW)).withMessageContaining("CANCELLED");
		assertThat(order.status()).isEqualTo(Order.Status.CANCELLED);
	}

	@Test
	void rejectsCancellingTwice() {
		Order order = Order.place("u-1", "u1@example.test", lamp, 1, NOW);
		order.cancel(NOW);

		assertThatIllegalStateException().isThrownBy(() -> order.cancel(NOW))
				.withMessageContaining("already CANCELLED");
	}

	@Test
	void cancelsAConfirmedOrder() {
		Order order = Order.place("u-1", "u1@example.test", lamp, 1, NOW);
		order.confirm(NOW);

		order.cancel(NOW);

		assertThat(order.status()).isEqualTo(Order.Status.CANCELLED);
	}

}
