package dev.stratus.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Keeps {@code docs/openapi.json} equal to the document the running app serves at
 * {@code /docs/spec}; the console generates its API types from that file, so a stale copy would
 * let the console drift from the back end unnoticed.
 */
@IntegrationTest
class OpenApiDocumentTests {

	static final String REFRESH = "STRATUS_WRITE_OPENAPI";

	@Autowired
	StratusApi api;

	@Test
	void committedDocumentMatchesTheServedOne() throws IOException {
		var response = api.get("/docs/spec");
		assertThat(response.status()).isEqualTo(200);
		String served = canonical(response.body());
		Path committed = home().resolve("docs/openapi.json");
		if ("true".equals(System.getenv(REFRESH))) {
			Files.writeString(committed, served, StandardCharsets.UTF_8);
			return;
		}
		String current = Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
		if (!current.equals(served)) {
			fail("docs/openapi.json is stale (" + firstDifference(current, served) + "): run `" + REFRESH
					+ "=true mvn -pl app -am test -Dtest=OpenApiDocumentTests -Dsurefire.failIfNoSpecifiedTests=false`"
					+ " to refresh it, then rebuild the console (npm run build) and fix its type errors");
		}
	}

	private static String firstDifference(String committed, String served) {
		String[] was = committed.split("\n", -1);
		String[] is = served.split("\n", -1);
		for (int line = 0; line < Math.max(was.length, is.length); line++) {
			String before = (line < was.length) ? was[line].strip() : "<end of file>";
			String after = (line < is.length) ? is[line].strip() : "<end of file>";
			if (!before.equals(after)) {
				return "line " + (line + 1) + " is " + before + ", the app serves " + after;
			}
		}
		return "they differ";
	}

	/**
	 * Sorted keys, two-space indent, one trailing newline. The servers entry names the test's
	 * random port, so it is dropped: the console calls the API on its own origin.
	 */
	@SuppressWarnings("unchecked")
	private static String canonical(String body) {
		JsonMapper json = JsonMapper.builder().build();
		Map<String, Object> document = (Map<String, Object>) sorted(json.readValue(body, Object.class));
		document.remove("servers");
		return json.writerWithDefaultPrettyPrinter().writeValueAsString(document).replace("\r\n", "\n") + "\n";
	}

	private static Object sorted(Object value) {
		if (value instanceof Map<?, ?> map) {
			Map<String, Object> copy = new TreeMap<>();
			map.forEach((key, item) -> copy.put(String.valueOf(key), sorted(item)));
			return copy;
		}
		if (value instanceof List<?> list) {
			List<Object> copy = new ArrayList<>();
			list.forEach((item) -> copy.add(sorted(item)));
			return copy;
		}
		return value;
	}

	private static Path home() {
		String home = System.getProperty("stratus.home");
		return (home != null) ? Path.of(home).toAbsolutePath().normalize() : Path.of("..").toAbsolutePath().normalize();
	}

}
