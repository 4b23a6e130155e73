package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/customers/{id}} with {@code X-Api-Key} against the same GET with a bearer token,
 * level by level in the same run. A key is checked from a cache (API.md: at most 5 s stale), so the
 * ratio should stay near 1: a DynamoDB read per request would show as a drop like the one between
 * GetItem and the API in the throughput table.
 */
final class KeyThroughput {

	static final int[] CLIENTS = { 1, 8, 32 };

	/**
	 * Keys the calls take turns on. One key admits at most {@link Registry#MAX_PER_MINUTE} calls a
	 * minute (a token bucket refilled each minute), about 170/s, far below one client's reads; 32
	 * keys admit 5,300/s, two and a half times the fastest customer GET measured here (2,100/s). A
	 * refused call (429) is counted apart, so a run where the cap bounded the figures says so.
	 */
	static final int KEYS = 32;

	private static final int CUSTOMERS = 20;

	private KeyThroughput() {
	}

	static void run(Run run, Shop shop, String token) {
		Registry registry = new Registry(shop);
		List<String> ids = customers(run, registry, token);
		List<String> keys = IntStream.range(0, KEYS)
			.mapToObj(i -> registry.createKey(token, "bench reader " + i, List.of("customers:read"),
					Registry.MAX_PER_MINUTE, Registry.MAX_PER_DAY).key())
			.toList();
		var turn = new AtomicLong();
		var limited = new AtomicLong();
		Bench.Step withKey = new Bench.Step("GET /api/customers/{id} X-Api-Key", c -> {
			Api.Response answer = registry.customerWithKey(keys.get((int) (turn.getAndIncrement() % KEYS)),
					Bench.any(ids));
			if (answer.status() == 429) {
				limited.incrementAndGet();
			}
			return answer.status() == 200;
		});
		Bench.Step withToken = new Bench.Step("GET /api/customers/{id} bearer",
				c -> registry.customer(token, Bench.any(ids)).status() == 200);
		for (Bench.Step step : List.of(withToken, withKey)) {
			Load.run("warm-up: " + step.name(), 8, Duration.ZERO, Throughput.APP_WARMUP, run.progress, step.op());
		}
		var table = run.report.table("API key against bearer token: GET /api/customers/{id}", "clients",
				"key ops/s", "key p50 ms", "key p99 ms", "key errors", "bearer ops/s", "bearer p50 ms", "bearer p99 ms",
				"bearer errors", "ops/s ratio key/bearer", "p99 Δ");
		List<Stats> all = new ArrayList<>();
		for (int clients : CLIENTS) {
			Stats bearer = Load.run(withToken.name(), clients, Throughput.WARMUP, Throughput.MEASURE, run.progress,
					withToken.op());
			Stats key = Load.run(withKey.name(), clients, Throughput.WARMUP, Throughput.MEASURE, run.progress,
					withKey.op());
			all.add(bearer);
			all.add(key);
			Report.row(table, Integer.toString(clients), Fmt.num(key.opsPerSecond(), 0), Fmt.ms(key.p50Ms()),
					Fmt.ms(key.p99Ms()), Long.toString(key.errors()), Fmt.num(bearer.opsPerSecond(), 0),
					Fmt.ms(bearer.p50Ms()), Fmt.ms(bearer.p99Ms()), Long.toString(bearer.errors()),
					Fmt.ratio(key.opsPerSecond(), bearer.opsPerSecond()), Fmt.delta(key.p99Ms(), bearer.p99Ms()));
			for (Stats stats : List.of(bearer, key)) {
				run.report.check(Check.of(stats.name() + " at " + clients + " clients answers without errors",
						stats.errors() == 0 && stats.ops() > 0, stats.ops() + " calls, " + stats.errors() + " errors"));
			}
		}
		table.notes().add("The key calls take turns on " + KEYS + " keys with `customers:read`, each with the "
				+ "highest plan (" + Registry.MAX_PER_MINUTE + "/min, " + Registry.MAX_PER_DAY + "/day), so the "
				+ "per-minute cap (" + KEYS * Registry.MAX_PER_MINUTE / 60 + "/s in all) stays above the "
				+ "measured rate; " + limited.get() + " calls were refused 429 in this run (warm-up included)"
				+ (limited.get() > 0 ? ": **the cap bounded the figures**, raise `KEYS`." : "."));
		run.report.figure("apiKeyThroughput", all);
		run.report.figure("apiKeyRefused429", limited.get());
	}

	/** Registers a few customers to read, and waits until they exist. */
	private static List<String> customers(Run run, Registry registry, String token) {
		run.progress.step("registering " + CUSTOMERS + " customers to read");
		String prefix = "read-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		List<String> ids = IntStream.range(0, CUSTOMERS).mapToObj(i -> prefix + i).toList();
		List<String> executions = ids.stream()
			.map(id -> Registry.executionId(registry.register(token, id)))
			.filter(id -> !id.isEmpty())
			.toList();
		Map<String, JsonNode> stopped = ExecutionWatch.awaitStopped(registry, token, executions,
				Duration.ofSeconds(60));
		long succeeded = ExecutionWatch.count(stopped, ExecutionWatch.SUCCEEDED);
		if (succeeded != CUSTOMERS) {
			throw new IllegalStateException("Only " + succeeded + " of " + CUSTOMERS + " customers to read registered");
		}
		return ids;
	}

}
