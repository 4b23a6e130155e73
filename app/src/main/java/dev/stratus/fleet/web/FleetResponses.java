package dev.stratus.fleet.web;

import java.util.List;
import java.util.Map;

import dev.stratus.fleet.ActionAccepted;
import dev.stratus.fleet.AuditEntry;
import dev.stratus.fleet.Instance;
import dev.stratus.fleet.MetricSeries;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;

/** The fleet API's answers, shaped as docs/API.md "Fleet" lists them. */
final class FleetResponses {

	private FleetResponses() {
	}

	record InstanceResponse(String instanceId, String name, String type, String state, String statusChecks,
			String az, String region, @Nullable String privateIp, @Nullable String publicIp, String launchTime,
			String platform, Map<String, String> tags, boolean simulated) {

		static InstanceResponse of(Instance instance) {
			return new InstanceResponse(instance.instanceId(), instance.name(), instance.type(), instance.state(),
					instance.statusChecks(), instance.az(), instance.region(), instance.privateIp(),
					instance.publicIp(), Timestamps.format(instance.launchTime()), instance.platform(), instance.tags(),
					instance.simulated());
		}

	}

	record PointResponse(String timestamp, double value) {
	}

	record MetricsResponse(String metric, String stat, String unit, int periodSeconds, List<PointResponse> points) {

		static MetricsResponse of(MetricSeries series) {
			return new MetricsResponse(series.metric().name(), series.stat(), series.unit(), series.periodSeconds(),
					series.points()
						.stream()
						.map(point -> new PointResponse(Timestamps.format(point.timestamp()), point.value()))
						.toList());
		}

	}

	record ActionResponse(String actionId, String instanceId, String action, String fromState, String status) {

		static ActionResponse of(ActionAccepted accepted) {
			return new ActionResponse(accepted.actionId(), accepted.instanceId(), accepted.action().wireName(),
					accepted.fromState(), "ACCEPTED");
		}

	}

	/**
	 * An audit entry; {@code result} is {@code ACCEPTED|REJECTED|FAILED}, or {@code PENDING} for an action
	 * whose EC2 call is still running (see {@link AuditEntry#asSeenAt}).
	 */
	record AuditResponse(String id, String timestamp, String userId, String userEmail, String action,
			String instanceId, String reason, String result, @Nullable String error, String requestId,
			String sourceIp) {

		/** The CSV header: the fields in the contract's order. */
		static final List<String> FIELDS = List.of("id", "timestamp", "userId", "userEmail", "action", "instanceId",
				"reason", "result", "error", "requestId", "sourceIp");

		static AuditResponse of(AuditEntry entry) {
			return new AuditResponse(entry.id(), Timestamps.format(entry.timestamp()), entry.userId(),
					entry.userEmail(), entry.action().wireName(), entry.instanceId(), entry.reason(),
					entry.result().name(), entry.error(), entry.requestId(), entry.sourceIp());
		}

		List<@Nullable String> cells() {
			return java.util.Arrays.asList(id, timestamp, userId, userEmail, action, instanceId, reason, result,
					error, requestId, sourceIp);
		}

	}

}
