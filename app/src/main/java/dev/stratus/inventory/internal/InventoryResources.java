package dev.stratus.inventory.internal;

import dev.stratus.platform.cloud.BucketSpec;
import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's cloud resources (the orders queue is {@link OrderPipeline}'s). One table: GSI1 holds
 * products by category, a user's orders, the order pipeline's outbox and dead letters, each in its
 * own partition sorted by time; GSI2 holds every product (so listing without a category needs no
 * Scan) and, sparsely, the orders still pending in the pipeline, sorted by when each is due (see
 * {@link PendingOrders}).
 */
@Configuration(proxyBeanMethods = false)
class InventoryResources {

	static final TableSpec TABLE = TableSpec.singleTable("inventory", "GSI1", "GSI2");

	static final BucketSpec IMAGES = new BucketSpec("product-images");

	@Bean
	TableSpec inventoryTable() {
		return TABLE;
	}

	@Bean
	BucketSpec productImagesBucket() {
		return IMAGES;
	}

}
