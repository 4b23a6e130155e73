package dev.stratus.inventory.internal;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import dev.stratus.inventory.Product;
import org.springframework.stereotype.Component;

/**
 * Products as ordering last saw them, so that placing an order needs no read of its product: the order's
 * transaction is conditional on the product's {@code version} and on its real stock, so an order placed from a
 * stale sighting is refused, never wrong, and the caller reads the product afresh ({@link #forget}). Stock this
 * instance's orders take is subtracted from the sighting, so on one instance it stays exact for the low-stock
 * check; another instance's orders can make it high for at most {@link #FRESH_FOR} (as two concurrent orders
 * can make a fresh read high: the low-stock flag's own condition reads the real stock).
 */
@Component
public class RecentProducts {

	/** How long a sighting is used: short, so another instance's orders are soon seen. */
	static final Duration FRESH_FOR = Duration.ofSeconds(1);

	/** Expiring from the read: subtracting an order's stock must not keep a sighting alive. */
	private final Cache<String, Product> seen = Caffeine.newBuilder()
		.expireAfter(Expiry.<String, Product>creating((id, product) -> FRESH_FOR))
		.maximumSize(10_000)
		.build();

	private final ProductTable products;

	RecentProducts(ProductTable products) {
		this.products = products;
	}

	/** The product as last seen, or read now. */
	public Optional<Product> find(String id) {
		Product product = seen.getIfPresent(id);
		return product != null ? Optional.of(product) : fresh(id);
	}

	/** The product read now. */
	public Optional<Product> fresh(String id) {
		Optional<Product> product = products.find(id);
		seen.invalidate(id);
		product.ifPresent(p -> seen.put(id, p));
		return product;
	}

	/** An order of this instance took {@code quantity} of the product's stock. */
	public void taken(String id, long quantity) {
		seen.asMap().computeIfPresent(id, (key, product) -> product.withQuantity(product.quantity() - quantity));
	}

	/** The sighting proved stale: the next order reads the product afresh. */
	public void forget(String id) {
		seen.invalidate(id);
	}

}
