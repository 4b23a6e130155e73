package dev.stratus.inventory.internal;

import dev.stratus.inventory.Product;
import dev.stratus.platform.cloud.StratusMetrics;
import dev.stratus.platform.jobs.AdminAlerts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One alert per crossing of the low-stock line: the product's {@code belowLowStock} flag flips
 * under a condition, so of many orders crossing together exactly one alerts; a restock re-arms it.
 */
@Component
public class LowStockAlerts {

	private static final Logger log = LoggerFactory.getLogger(LowStockAlerts.class);

	/** The figure the deployment's low-stock alarm watches, one per crossing. */
	static final String LOW_STOCK_METRIC = "LowStockProducts";

	private final ProductTable products;

	private final AdminAlerts alerts;

	private final StratusMetrics metrics;

	LowStockAlerts(ProductTable products, AdminAlerts alerts, StratusMetrics metrics) {
		this.products = products;
		this.alerts = alerts;
		this.metrics = metrics;
	}

	/**
	 * @param before the product as read before the order (its stock may have moved since; the
	 * flag's condition checks the real stock)
	 */
	public void afterOrder(Product before, long ordered) {
		if (before.quantity() - ordered >= Product.LOW_STOCK_BELOW || !products.markBelowLowStock(before.id())) {
			return;
		}
		log.atInfo().addKeyValue("productId", before.id()).log("Product fell below the low-stock line");
		metrics.countOne(LOW_STOCK_METRIC);
		alerts.send("Low stock: " + before.name(), """
				Product %s (SKU %s, id %s) has fewer than %d in stock after an order.
				""".formatted(before.name(), before.sku(), before.id(), Product.LOW_STOCK_BELOW));
	}

	public void afterRestock(String productId) {
		products.clearBelowLowStockIfRestocked(productId);
	}

}
