package dev.stratus.platform.cloud;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.StandardUnit;

/**
 * The app's own CloudWatch figures, in the namespace {@value #NAMESPACE}, which the deployment's alarms watch
 * ({@code infra/}'s monitoring stack: low stock). Locally they go to the local cloud's CloudWatch, so the same
 * call runs in both modes. A put that fails is logged and dropped: a figure must never fail the change it counts.
 */
@Component
public class StratusMetrics {

	public static final String NAMESPACE = "Stratus";

	private static final Logger log = LoggerFactory.getLogger(StratusMetrics.class);

	private final CloudWatchClient cloudWatch;

	private final Clock clock;

	StratusMetrics(CloudWatchClient cloudWatch, Clock clock) {
		this.cloudWatch = cloudWatch;
		this.clock = clock;
	}

	/** Counts one occurrence of {@code metric} now. */
	public void countOne(String metric) {
		try {
			cloudWatch.putMetricData(b -> b.namespace(NAMESPACE)
				.metricData(d -> d.metricName(metric).unit(StandardUnit.COUNT).value(1.0).timestamp(clock.instant())));
		}
		catch (SdkException ex) {
			log.atWarn()
				.addKeyValue("metric", metric)
				.addKeyValue("error", ex.getClass().getSimpleName())
				.log("Could not publish a CloudWatch figure; it is dropped");
		}
	}

}
