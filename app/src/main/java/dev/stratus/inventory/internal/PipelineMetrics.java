package dev.stratus.inventory.internal;

import java.time.Duration;

import dev.stratus.inventory.Order;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The order pipeline's meters, for Prometheus at {@code /api/admin/prometheus}: orders placed,
 * refused for stock and PENDING→CONFIRMED latency. Its dead letters are counted by the platform
 * ({@code stratus.orders.dead.letters}), as every job's are.
 */
@Component
public class PipelineMetrics {

	private final Counter placed;

	private final Counter insufficientStock;

	private final Timer pipelineLatency;

	PipelineMetrics(MeterRegistry registry) {
		this.placed = Counter.builder("stratus.orders.placed").description("Orders placed").register(registry);
		this.insufficientStock = Counter.builder("stratus.orders.insufficient.stock")
			.description("Orders refused for insufficient stock")
			.register(registry);
		this.pipelineLatency = Timer.builder("stratus.orders.pipeline.latency")
			.description("From PENDING to CONFIRMED")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
	}

	public void insufficientStock() {
		insufficientStock.increment();
	}

	@EventListener
	void on(Order.OrderPlaced placedOrder) {
		placed.increment();
	}

	@EventListener
	void on(Order.OrderConfirmed confirmed) {
		pipelineLatency.record(Duration.between(confirmed.placedAt(), confirmed.at()));
	}

}
