package dev.stratus.platform.jobs;

import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Every job's dead letters waiting for an admin, for Prometheus at {@code /api/admin/prometheus}:
 * {@code stratus.<job>.dead.letters} (for orders {@code stratus_orders_dead_letters}), not a number
 * while the table cannot be read.
 */
@Component
class JobMetrics {

	JobMetrics(MeterRegistry registry, List<JobPipeline<?>> pipelines) {
		for (JobPipeline<?> pipeline : pipelines) {
			Gauge.builder("stratus." + pipeline.job().name().replace('-', '.') + ".dead.letters", pipeline, job -> {
				try {
					return job.deadLetterCount();
				}
				catch (RuntimeException unavailable) {
					return Double.NaN;
				}
			}).description("Dead letters waiting for an admin").register(registry);
		}
	}

}
