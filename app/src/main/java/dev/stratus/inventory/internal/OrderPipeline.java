package dev.stratus.inventory.internal;

import java.time.Duration;
import java.util.List;

import dev.stratus.inventory.OrderId;
import dev.stratus.inventory.Orders;
import dev.stratus.platform.cloud.QueueSpec;
import dev.stratus.platform.jobs.Job;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.jobs.JobPipelines;
import dev.stratus.platform.jobs.JobSettings;
import dev.stratus.platform.jobs.JobSpec;
import dev.stratus.platform.jobs.Subject;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order pipeline, a platform job: placing an order writes its outbox entry, the queue
 * {@code orders} carries {@code {"orderId": "..."}}, {@link OrderConfirmation} handles it and
 * {@link PendingOrders} keeps the sweep's due times. Its settings, each also an environment variable:
 * <ul>
 * <li>{@code STRATUS_ORDERS_VISIBILITY_TIMEOUT} (seconds, default 2; 180 on AWS): how long a
 * received message stays hidden while a worker sends its email. The worker holds the right to send
 * it (its claim) as long, but always longer than the mail may take.</li>
 * <li>{@code STRATUS_ORDERS_RETRY_DELAYS} (default {@code 10s,60s}): the back-off after the first
 * and second failure; the third goes to the dead-letter queue. The defaults ride out a mail outage
 * of a minute.</li>
 * <li>{@code STRATUS_ORDERS_SWEEP_INTERVAL} (default 30 s) and {@code STRATUS_ORDERS_SWEEP_AFTER}
 * (default 60 s): how often the relay re-sends pending orders, and when one counts as overdue.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OrderPipeline {

	/**
	 * The partitions are those the pipeline used while it lived in this module, so outbox entries and
	 * dead letters written before still count.
	 */
	static final JobSpec<OrderId> ORDERS = new JobSpec<>(Orders.JOB,
			new Subject<>("order", OrderId::toString, OrderId::parse), InventoryResources.TABLE, "OUTBOX",
			"DEADLETTERS");

	@Bean
	JobSettings orderSettings(
			@Value("${stratus.orders.visibility-timeout-seconds:${STRATUS_ORDERS_VISIBILITY_TIMEOUT:2}}")
			int visibilityTimeoutSeconds,
			@Value("${stratus.orders.wait-seconds:1}") int waitSeconds,
			@Value("${stratus.orders.workers:8}") int workers,
			@Value("${stratus.orders.relay-interval:500ms}") Duration relayInterval,
			@Value("${stratus.orders.retry-delays:${STRATUS_ORDERS_RETRY_DELAYS:10s,60s}}") List<Duration> retryDelays,
			@Value("${stratus.orders.sweep-interval:${STRATUS_ORDERS_SWEEP_INTERVAL:30s}}") Duration sweepInterval,
			@Value("${stratus.orders.sweep-after:${STRATUS_ORDERS_SWEEP_AFTER:60s}}") Duration sweepAfter) {
		return new JobSettings(visibilityTimeoutSeconds, waitSeconds, workers, relayInterval, retryDelays,
				sweepInterval, sweepAfter);
	}

	@Bean
	QueueSpec ordersQueue(JobSettings orderSettings) {
		return orderSettings.queue(ORDERS.name());
	}

	@Bean
	JobPipeline<OrderId> orderJob(JobPipelines pipelines, JobSettings orderSettings, OrderConfirmation confirmation,
			PendingOrders pending) {
		return pipelines.create(new Job<>(ORDERS, orderSettings, confirmation, pending));
	}

}
