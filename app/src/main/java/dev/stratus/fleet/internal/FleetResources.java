package dev.stratus.fleet.internal;

import java.util.List;

import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's table: audit entries ({@code AUDIT#<id>}) and the actions' idempotency claims. GSI1 holds every
 * entry in one partition sorted by {@code <timestamp>#<id>}, so the audit reads newest first and a time range is
 * a key condition, without a Scan. Admin actions are rare (far below one partition's 1,000 writes a second).
 */
@Configuration(proxyBeanMethods = false)
class FleetResources {

	static final TableSpec TABLE = TableSpec.singleTable("fleet", "GSI1");

	/** The regions the console shows, in this order ({@code STRATUS_FLEET_REGIONS}). */
	static final List<String> DEFAULT_REGIONS = List.of("us-east-1", "eu-west-1");

	@Bean
	TableSpec fleetTable() {
		return TABLE;
	}

}
