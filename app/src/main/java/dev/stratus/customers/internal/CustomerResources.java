package dev.stratus.customers.internal;

import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's table: customers ({@code CUSTOMER#<id>}), rejections ({@code REJECTION#<execution>})
 * and idempotency claims. GSI1 holds every customer in one partition sorted by id, so {@code ?prefix=}
 * is a {@code begins_with} query in id order without a Scan. One partition takes about 1,000 writes
 * a second: plenty for a registry fed by a workflow; beyond that, shard the partition by a hash of the
 * id and merge the shards' pages, at the cost of a more complex page token.
 */
@Configuration(proxyBeanMethods = false)
class CustomerResources {

	static final TableSpec TABLE = TableSpec.singleTable("customers", "GSI1");

	@Bean
	TableSpec customersTable() {
		return TABLE;
	}

}
