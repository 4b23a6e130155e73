package dev.stratus.fleet.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.RequestIds;
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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code /api/fleet}: instances with their metrics, admin actions (each audited, refusals included), and the
 * audit log as pages or a streamed CSV file.
 */
@RestController
@RequestMapping("/api/fleet")
class FleetController {

	private static final int DEFAULT_LIMIT = 20;

	private static final int MAX_LIMIT = 100;

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
		List<FieldProblem> problems = new ArrayList<>();
		String wantedState = blankToNull(state);
		if (wantedState != null && !STATES.contains(wantedState)) {
			problems.add(new FieldProblem("state", "must be one of " + String.join(", ", sorted(STATES))));
		}
		String wantedRegion = blankToNull(region);
		if (wantedRegion != null && !fleet.regions().contains(wantedRegion)) {
			problems.add(new FieldProblem("region", "must be one of " + String.join(", ", fleet.regions())));
		}
		String wantedType = text("type", type, problems);
		String wantedSearch = text("search", search, problems);
		int size = limit(limit, problems);
		check(problems);
		return ApiResponse.of(fleet
			.list(new InstanceFilter(wantedState, wantedType, wantedRegion, wantedSearch), size,
					blankToNull(nextToken))
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
		List<FieldProblem> problems = new ArrayList<>();
		Metric wantedMetric = Arrays.stream(Metric.values())
			.filter(candidate -> candidate.name().equals(metric))
			.findFirst()
			.orElse(null);
		if (wantedMetric == null) {
			problems.add(new FieldProblem("metric",
					"must be one of " + String.join(", ", Arrays.stream(Metric.values()).map(Enum::name).toList())));
		}
		MetricPeriod wantedPeriod = null;
		try {
			wantedPeriod = MetricPeriod.of(period);
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("period", "must be one of 1h, 6h, 24h, 7d"));
		}
		if (!STATS.contains(stat)) {
			problems.add(new FieldProblem("stat", "must be one of Average, Maximum, Sum"));
		}
		check(problems);
		return ApiResponse.of(MetricsResponse.of(fleet.metrics(instanceId, Objects.requireNonNull(wantedMetric),
				Objects.requireNonNull(wantedPeriod), stat)));
	}

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
		List<FieldProblem> problems = new ArrayList<>();
		AuditQuery query = query(instanceId, userId, action, from, to, problems);
		int size = limit(limit, problems);
		check(problems);
		return ApiResponse.of(fleet.audit(query, size, blankToNull(nextToken)).map(AuditResponse::of));
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
		List<FieldProblem> problems = new ArrayList<>();
		AuditQuery query = query(instanceId, userId, action, from, to, problems);
		check(problems);
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
			@Nullable String from, @Nullable String to, List<FieldProblem> problems) {
		FleetAction wanted = null;
		if (blankToNull(action) != null) {
			try {
				wanted = FleetAction.of(action);
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem("action", "must be one of reboot, start, stop"));
			}
		}
		Instant since = instant("from", from, problems);
		Instant until = instant("to", to, problems);
		if (since != null && until != null && since.isAfter(until)) {
			problems.add(new FieldProblem("from", "must not be after to"));
		}
		return new AuditQuery(text("instanceId", instanceId, problems), text("userId", userId, problems), wanted,
				since, until);
	}

	private static @Nullable Instant instant(String field, @Nullable String value, List<FieldProblem> problems) {
		if (blankToNull(value) == null) {
			return null;
		}
		try {
			return Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "must be an ISO-8601 timestamp such as 2026-01-15T10:30:00.000Z"));
			return null;
		}
	}

	private static @Nullable String text(String field, @Nullable String value, List<FieldProblem> problems) {
		if (value != null && value.length() > MAX_TEXT) {
			problems.add(new FieldProblem(field, "must be at most " + MAX_TEXT + " characters"));
		}
		return blankToNull(value);
	}

	private static int limit(@Nullable Integer limit, List<FieldProblem> problems) {
		if (limit == null) {
			return DEFAULT_LIMIT;
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			problems.add(new FieldProblem("limit", "must be between 1 and " + MAX_LIMIT));
		}
		return limit;
	}

	private static List<String> sorted(Set<String> values) {
		return values.stream().sorted().toList();
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** @throws InvalidInput naming every broken field */
	private static void check(List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
		}
	}

}
