package dev.stratus.inventory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A product as stored. {@code version} grows by one on every edit, not on stock moves by orders, so
 * an edit of the name or price is not stale under order traffic. {@code stockVersion} grows by one
 * on every stock move by an order or a cancellation: an edit that sets the stock outright from an
 * older reading would erase those moves, so it is checked against this one. Together they are the
 * product's {@code ETag}.
 */
public record Product(String id, String name, String description, Category category, long price, long quantity,
		String sku, @Nullable String imageUrl, Instant createdAt, Instant updatedAt, String createdBy, long version,
		long stockVersion) {

	/** Below this many in stock a product is low on stock, and admins hear about it once. */
	public static final int LOW_STOCK_BELOW = 10;

	/** The highest price in cents (one million dollars): with {@link Order#MAX_QUANTITY}, totals fit a long. */
	public static final long MAX_PRICE = 100_000_000;

	/** The most a product may hold in stock. */
	public static final long MAX_QUANTITY = 1_000_000;

	public boolean isLowStock() {
		return quantity < LOW_STOCK_BELOW;
	}

	/** The same product with {@code quantity} in stock, as after a stock move. */
	public Product withQuantity(long quantity) {
		return new Product(id, name, description, category, price, quantity, sku, imageUrl, createdAt, updatedAt,
				createdBy, version, stockVersion);
	}

}
