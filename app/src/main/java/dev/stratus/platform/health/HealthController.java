package dev.stratus.platform.health;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.Timestamps;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: probes every backing service at once and answers within
 * {@link #PROBE_TIMEOUT_MS} whatever they do; one service down makes the whole answer 503, and so does a server
 * still priming itself after its start ({@code starting}; {@code platform/web/ServerPriming}).
 */
@RestController
class HealthController {

	static final long PROBE_TIMEOUT_MS = 2000;

	private final List<BackingService> services;

	private final String version;

	private final ExecutorService probes = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "health-probe");
		thread.setDaemon(true);
		return thread;
	});

	private final Clock clock;

	private final ObjectProvider<ApplicationAvailability> availability;

	HealthController(List<BackingService> services, @Value("${stratus.version:0.1.0}") String version,
			Clock clock, ObjectProvider<ApplicationAvailability> availability) {
		this.services = services;
		this.version = version;
		this.clock = clock;
		this.availability = availability;
	}

	record Health(String status, String service, String version, String timestamp, Map<String, String> checks) {
	}

	@GetMapping("/api/health")
	ResponseEntity<ApiResponse<Health>> health() {
		Map<String, CompletableFuture<String>> running = new LinkedHashMap<>();
		for (BackingService service : services) {
			running.put(service.name(), CompletableFuture.supplyAsync(() -> probe(service), probes)
				.completeOnTimeout("down", PROBE_TIMEOUT_MS, TimeUnit.MILLISECONDS));
		}
		Map<String, String> checks = new LinkedHashMap<>();
		running.forEach((name, result) -> checks.put(name, result.join()));
		boolean up = checks.values().stream().allMatch("up"::equals);
		String status = !up ? "unhealthy" : ready() ? "healthy" : "starting";
		var body = new Health(status, "stratus", version, Timestamps.format(clock.instant()), checks);
		return ResponseEntity.status(status.equals("healthy") ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
				.body(ApiResponse.of(body));
	}

	/** Spring Boot's readiness: accepting traffic once the app has started and primed itself. */
	private boolean ready() {
		ApplicationAvailability state = availability.getIfAvailable();
		return state == null || state.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC;
	}

	private static String probe(BackingService service) {
		try {
			service.probe();
			return "up";
		}
		catch (Exception ex) {
			return "down";
		}
	}

	@PreDestroy
	void stop() {
		probes.shutdownNow();
	}

}
