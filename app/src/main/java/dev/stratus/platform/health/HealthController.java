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
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/health}: probes every backing service at once and answers within
 * {@link #PROBE_TIMEOUT_MS} whatever they do; one service down makes the whole answer 503.
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

	HealthController(List<BackingService> services, @Value("${stratus.version:0.1.0}") String version,
			Clock clock) {
		this.services = services;
		this.version = version;
		this.clock = clock;
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
		boolean healthy = checks.values().stream().allMatch("up"::equals);
		var body = new Health(healthy ? "healthy" : "unhealthy", "stratus", version, Timestamps.format(clock.instant()),
				checks);
		return ResponseEntity.status(healthy ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
				.body(ApiResponse.of(body));
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
