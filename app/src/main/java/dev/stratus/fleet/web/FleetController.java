package dev.stratus.fleet.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.stratus.fleet.Actor;
import dev.stratus.fleet.AuditEntry;
import dev.stratus.fleet.AuditQuery;
import dev.stratus.fleet.Fleet;
import dev.stratus.fleet.FleetAction;
import dev.stratus.fleet.InstanceFilter;
import dev.stratus.fleet.Metric;
import dev.stratus.fleet.MetricPeriod;
import dev.stratus.fleet.web.FleetResponses.ActionResponse;
import dev.stratus.fleet.web.FleetResponses.AuditResponse;
import dev.stratus.fleet.web.FleetResponses.InstanceResponse;
import dev.stratus.fleet.web.FleetResponses.MetricsResponse;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.RequestIds;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/fleet}: instances with their metrics, admin actions (each audited, refusals included), and the
 * audit log as pages or a streamed CSV file.
 */
@RestController
@RequestMapping("/api/fleet")
class FleetController {

	/** Entries per DynamoDB page while the CSV streams. */
	private static final int CSV_PAGE = 100;

	private static final int MAX_TEXT = 256;

	private static final Set<String> STATES = Set.of("pending", "running", "stopping", "stopped", "shutting-down",
			"terminated");

	private static final Set<String> STATS = Set.of("Average", "Maximum", "Sum");

	private final Fleet fleet;

	FleetController(Fleet fleet) {
		this.fleet = fleet;
	}

	@GetMapping("/instances")
	ApiResponse<Page<InstanceResponse>> list(@RequestParam(required = false) @Nullable String state,
			@RequestParam(required = false) @Nullable String type,
			@RequestParam(required = false) @Nullable String region,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		String wantedState = QueryParams.present(state);
		if (wantedState != null && !STATES.contains(wantedState)) {
			params.problem("state", "must be one of " + String.join(", ", sorted(STATES)));
		}
		String wantedRegion = QueryParams.present(region);
		if (wantedRegion != null && !fleet.regions().contains(wantedRegion)) {
			params.problem("region", "must be one of " + String.join(", ", fleet.regions()));
		}
		String wantedType = filter(params, "type", type);
		String wantedSearch = filter(params, "search", search);
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(fleet
			.list(new InstanceFilter(wantedState, wantedType, wantedRegion, wantedSearch), size,
					QueryParams.present(nextToken))
			.map(InstanceResponse::of));
	}

	@GetMapping("/instances/{instanceId}")
	ApiResponse<InstanceResponse> get(@PathVariable String instanceId) {
		return ApiResponse.of(InstanceResponse.of(fleet.find(instanceId)));
	}

	@GetMapping("/instances/{instanceId}/metrics")
	ApiResponse<MetricsResponse> metrics(@PathVariable String instanceId,
			@RequestParam(defaultValue = "CPUUtilization") String metric,
			@RequestParam(defaultValue = "1h") String period, @RequestParam(defaultValue = "Average") String stat) {
		QueryParams params = new QueryParams();
		Metric wantedMetric = Arrays.stream(Metric.values())
			.filter(candidate -> candidate.name().equals(metric))
			.findFirst()
			.orElse(null);
		if (wantedMetric == null) {
			params.problem("metric",
					"must be one of " + String.join(", ", Arrays.stream(Metric.values()).map(Enum::name).toList()));
		}
		MetricPeriod wantedPeriod = null;
		try {
			wantedPeriod = MetricPeriod.of(period);
		}
		catch (IllegalArgumentException ex) {
			params.problem("period", "must be one of 1h, 6h, 24h, 7d");
		}
		if (!STATS.contains(stat)) {
			params.problem("stat", "must be one of Average, Maximum, Sum");
		}
		params.check();
		return ApiResponse.of(MetricsResponse.of(fleet.metrics(instanceId, Objects.requireNonNull(wantedMetric),
				Objects.requireNonNull(wantedPeriod), stat)));
	}

	@ResponseStatus(HttpStatus.ACCEPTED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping("/instances/{instanceId}/{action}")
	ResponseEntity<ApiResponse<ActionResponse>> act(@PathVariable String instanceId, @PathVariable String action,
			@Valid @RequestBody ActionRequest body, BindingResult problems,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey,
			HttpServletRequest request) {
		FleetAction wanted = null;
		try {
			wanted = FleetAction.of(action);
		}
		catch (IllegalArgumentException ex) {
			RequestProblems.reject(problems, "action", "must be one of reboot, start, stop");
		}
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		CurrentUser user = CurrentUser.get();
		Actor actor = new Actor(user.id(), user.email() == null ? "" : user.email(), user.isAdmin(),
				request.getRemoteAddr(), RequestIds.current());
		var accepted = fleet.act(instanceId, Objects.requireNonNull(wanted), body.reason(), actor,
				idempotencyKey);
		return ResponseEntity.status(HttpStatus.ACCEPTED)
			.header("Idempotent-Replayed", Boolean.toString(accepted.replayed()))
			.body(ApiResponse.of(ActionResponse.of(accepted)));
	}

	@GetMapping("/audit")
	ApiResponse<Page<AuditResponse>> audit(@RequestParam(required = false) @Nullable String instanceId,
			@RequestParam(required = false) @Nullable String userId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from, @RequestParam(required = false) @Nullable String to,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		AuditQuery query = query(instanceId, userId, action, from, to, params);
		int size = params.limit(limit);
		params.check();
		return ApiResponse.of(fleet.audit(query, size, QueryParams.present(nextToken)).map(AuditResponse::of));
	}

	/**
	 * The audit log as CSV, streamed a page at a time: the first page is read before the answer starts, so a
	 * bad filter or a DynamoDB outage is still an error in the envelope; later pages are written as they come.
	 */
	@GetMapping(path = "/audit.csv", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> auditCsv(@RequestParam(required = false) @Nullable String instanceId,
			@RequestParam(required = false) @Nullable String userId,
			@RequestParam(required = false) @Nullable String action,
			@RequestParam(required = false) @Nullable String from,
			@RequestParam(required = false) @Nullable String to) {
		QueryParams params = new QueryParams();
		AuditQuery query = query(instanceId, userId, action, from, to, params);
		params.check();
		Page<AuditEntry> first = fleet.audit(query, CSV_PAGE, null);
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write(CsvCells.row(new ArrayList<>(AuditResponse.FIELDS)));
			Page<AuditEntry> page = first;
			while (true) {
				for (AuditEntry entry : page.items()) {
					writer.write(CsvCells.row(AuditResponse.of(entry).cells()));
				}
				writer.flush();
				if (page.nextToken() == null) {
					break;
				}
				page = fleet.audit(query, CSV_PAGE, page.nextToken());
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"fleet-audit.csv\"")
			.body(body);
	}

	private static AuditQuery query(@Nullable String instanceId, @Nullable String userId, @Nullable String action,
			@Nullable String from, @Nullable String to, QueryParams params) {
		FleetAction wanted = null;
		if (QueryParams.present(action) != null) {
			try {
				wanted = FleetAction.of(action);
			}
			catch (IllegalArgumentException ex) {
				params.problem("action", "must be one of reboot, start, stop");
			}
		}
		Instant since = instant("from", from, params);
		Instant until = instant("to", to, params);
		if (since != null && until != null && since.isAfter(until)) {
			params.problem("from", "must not be after to");
		}
		return new AuditQuery(filter(params, "instanceId", instanceId), filter(params, "userId", userId), wanted,
				since, until);
	}

	/** A free-text filter: at most {@link #MAX_TEXT} characters, empty meaning none. */
	private static @Nullable String filter(QueryParams params, String name, @Nullable String value) {
		return QueryParams.present(params.text(name, value, MAX_TEXT));
	}

	private static @Nullable Instant instant(String field, @Nullable String value, QueryParams params) {
		if (QueryParams.present(value) == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			params.problem(field, "must be an ISO-8601 timestamp such as 2026-01-15T10:30:00.000Z");
			return null;
		}
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

}
