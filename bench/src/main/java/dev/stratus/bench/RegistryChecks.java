package dev.stratus.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Correctness of the paths the registry's benches measure: a registration runs its workflow to the
 * end, a duplicate fails as one, a key reads and stops working once revoked.
 */
final class RegistryChecks {

	/** API.md: a revoked key stops working within 5 s (at once on the instance that revoked it). */
	private static final Duration REVOCATION = Duration.ofSeconds(5);

	private RegistryChecks() {
	}

	static void run(Run run, Shop shop, String token) {
		Registry registry = new Registry(shop);
		String id = "quick-" + UUID.randomUUID().toString().substring(0, 8);
		registration(run, registry, token, id);
		duplicate(run, registry, token, id);
		key(run, registry, token, id);
	}

	private static void registration(Run run, Registry registry, String token, String id) {
		run.progress.step("registry: one registration");
		Api.Response accepted = registry.register(token, id);
		JsonNode execution = stopped(registry, token, accepted);
		List<String> succeeded = ExecutionWatch.steps(execution, "SUCCEEDED");
		Api.Response customer = registry.customer(token, id);
		run.report.check(Check.of("a registration is answered 202 and its workflow SUCCEEDED step by step",
				accepted.status() == 202 && ExecutionWatch.SUCCEEDED.equals(ExecutionWatch.status(execution))
						&& succeeded.containsAll(List.of("Validate", "Insert")) && customer.status() == 200
						&& id.equals(customer.data().path("id").asString()),
				"POST " + accepted + ", execution " + ExecutionWatch.outcome(execution) + ", steps SUCCEEDED "
						+ succeeded + ", GET customer " + customer));
	}

	private static void duplicate(Run run, Registry registry, String token, String id) {
		run.progress.step("registry: a duplicate registration");
		Api.Response accepted = registry.register(token, id);
		JsonNode execution = stopped(registry, token, accepted);
		run.report.check(Check.of("a second registration of the same id FAILED DUPLICATE_ENTRY",
				accepted.status() == 202 && "FAILED DUPLICATE_ENTRY".equals(ExecutionWatch.outcome(execution)),
				"POST " + accepted + ", execution " + ExecutionWatch.outcome(execution)));
	}

	private static void key(Run run, Registry registry, String token, String id) {
		run.progress.step("registry: an API key, then revoked");
		Registry.IssuedKey key = registry.createKey(token, "bench quick check", List.of("customers:read"), 60, 1000);
		Api.Response read = registry.customerWithKey(key.key(), id);
		Api.Response revoked = registry.revokeKey(token, key.id());
		long revokedAt = System.nanoTime();
		boolean refused = Deadline.until(REVOCATION, Duration.ofMillis(100),
				() -> registry.customerWithKey(key.key(), id).status() == 401);
		double seconds = (System.nanoTime() - revokedAt) / 1e9;
		run.report.check(Check.of("a key-authenticated GET answers 200, and 401 within 5 s of the key's revocation",
				read.status() == 200 && revoked.status() == 200 && refused,
				"GET with key " + read + ", DELETE key " + revoked + ", "
						+ (refused ? "401 after " + Fmt.num(seconds, 2) + " s" : "still not 401 after 5 s")));
	}

	/** Waits for the accepted registration's execution to stop; a missing one reads as empty. */
	private static JsonNode stopped(Registry registry, String token, Api.Response accepted) {
		String executionId = Registry.executionId(accepted);
		if (executionId.isEmpty()) {
			return MissingNode.getInstance();
		}
		Map<String, JsonNode> stopped = ExecutionWatch.awaitStopped(registry, token, List.of(executionId),
				Duration.ofSeconds(20));
		return stopped.getOrDefault(executionId, MissingNode.getInstance());
	}

}
