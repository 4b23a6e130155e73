package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Analytics;
import dev.stratus.workspace.Chart;
import dev.stratus.workspace.ChartPeriod;
import dev.stratus.workspace.ChartType;
import dev.stratus.workspace.RealtimeCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts for the charts, of one project or of all the caller's projects, read from counters kept as things happen. */
@RestController
class AnalyticsController {

	private final Analytics analytics;

	AnalyticsController(Analytics analytics) {
		this.analytics = analytics;
	}

	@GetMapping("/api/analytics/chart-data")
	ApiResponse<ChartResponse> chart(@RequestParam(required = false) @Nullable String chartType,
			@RequestParam(required = false) @Nullable String period,
			@RequestParam(required = false) @Nullable String projectId) {
		QueryParams params = new QueryParams();
		ChartType type = params.parsed("chartType", required(params, "chartType", chartType),
				ChartType.fromWire(String.valueOf(chartType)), "must be one of deployments, generations, activity");
		ChartPeriod span = params.parsed("period", required(params, "period", period),
				ChartPeriod.fromWire(String.valueOf(period)), "must be one of 24h, 7d, 30d");
		params.check();
		return ApiResponse.of(ChartResponse
			.of(analytics.chart(SignedIn.userId(), requireNonNull(type), requireNonNull(span),
					QueryParams.present(projectId))));
	}

	@GetMapping("/api/analytics/realtime")
	ApiResponse<RealtimeResponse> realtime(@RequestParam(required = false) @Nullable String projectId) {
		return ApiResponse
			.of(RealtimeResponse.of(analytics.realtime(SignedIn.userId(), QueryParams.present(projectId))));
	}

	private static @Nullable String required(QueryParams params, String name, @Nullable String value) {
		if (value == null || value.isEmpty()) {
			params.problem(name, "is required");
		}
		return value;
	}

	private static <T> T requireNonNull(@Nullable T checked) {
		if (checked == null) {
			throw new IllegalStateException("Checked by QueryParams.check");
		}
		return checked;
	}

	record ChartResponse(String chartType, String period, List<BucketResponse> buckets) {

		static ChartResponse of(Chart chart) {
			return new ChartResponse(chart.type().wire(), chart.period().wire(), chart.buckets()
				.stream()
				.map(bucket -> new BucketResponse(Timestamps.format(bucket.start()), bucket.count()))
				.toList());
		}

	}

	/** @param start the bucket's first instant, UTC */
	record BucketResponse(String start, long count) {
	}

	record RealtimeResponse(long deployments, long generations, long activity, String since) {

		static RealtimeResponse of(RealtimeCounts counts) {
			return new RealtimeResponse(counts.deployments(), counts.generations(), counts.activity(),
					Timestamps.format(counts.since()));
		}

	}

}
