package dev.stratus.bench;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * One answer of {@code GET /api/health}, judged: 200, {@code "healthy"}, and every backing service
 * the app probes in local mode listed and up.
 */
record Health(int status, String overall, Map<String, String> services) {

	/** What the app's health probes are called in local mode. */
	static final List<String> LOCAL_SERVICES = List.of("dynamodb", "queue", "storage", "mail");

	static Health of(Api.Response answer) {
		Map<String, String> services = new LinkedHashMap<>();
		for (Map.Entry<String, JsonNode> check : answer.data().path("checks").properties()) {
			services.put(check.getKey(), check.getValue().asString(""));
		}
		return new Health(answer.status(), answer.data().path("status").asString(""), services);
	}

	/** Services missing from the answer or not up, in local mode's order, then any other. */
	List<String> notUp() {
		var names = new LinkedHashSet<>(LOCAL_SERVICES);
		names.addAll(services.keySet());
		return names.stream().filter(name -> !"up".equals(services.get(name))).toList();
	}

	boolean healthy() {
		return status == 200 && overall.equals("healthy") && notUp().isEmpty();
	}

	/** @param startMs from the start of the process to its first 200 */
	Check check(long startMs) {
		String figures = startMs + " ms to the first 200; then " + status + " "
				+ (overall.isEmpty() ? "(no status)" : overall)
				+ ", services " + services + (notUp().isEmpty() ? "" : ", not up: " + notUp());
		return Check.of("app starts and reports healthy, every backing service up", healthy(), figures);
	}

}
