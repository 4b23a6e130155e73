package dev.stratus.workspace.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.TestUsers;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.workspace.ProjectSchemas;
import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.WorkspaceFixture;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The Schema part of the workspace contract over HTTP against the running app and the local cloud. */
@IntegrationTest
class SchemaApiTests {

	static final Map<String, Object> CUSTOMERS = Map.of("entities", List.of(Map.of("name", "Customer", "fields",
			List.of(Map.of("name", "email", "type", "string", "required", true, "unique", true)))));

	static final Map<String, Object> SHOP = Map.of("entities", List.of(
			Map.of("name", "Customer", "fields",
					List.of(Map.of("name", "email", "type", "string", "required", true),
							Map.of("name", "tier", "type", "enum", "values", List.of("GOLD", "SILVER"))),
					"relations", List.of(Map.of("name", "orders", "target", "Order", "kind", "one-to-many"))),
			Map.of("name", "Order", "fields", List.of(Map.of("name", "total", "type", "decimal")))));

	@Autowired
	StratusApi api;

	@Autowired
	TestUsers testUsers;

	@Autowired
	LocalCloudConnection cloud;

	@Autowired
	ProjectSchemas schemas;

	WorkspaceFixture workspace;

	@BeforeEach
	void fixture() {
		workspace = new WorkspaceFixture(api, testUsers, cloud);
	}

	@Test
	void savesEachSchemaAsANewVersionAndReadsEveryVersionBack() {
		User owner = workspace.newUser("modeller");
		String project = workspace.project(owner);
		User editor = workspace.member(project, owner, "editor");
		String base = "/api/projects/" + project + "/schema";
		assertThat(api.get(base, owner.auth()).status()).isEqualTo(404);

		var first = api.put(base, CUSTOMERS, owner.auth());
		var second = api.put(base, SHOP, editor.auth());

		assertThat(first.status()).as(first.body()).isEqualTo(200);
		assertThat(first.data().path("version").asLong()).isEqualTo(1);
		assertThat(first.data().path("createdBy").asString()).isEqualTo(owner.id());
		assertThat(second.status()).as(second.body()).isEqualTo(200);
		assertThat(second.data().path("version").asLong()).isEqualTo(2);
		var current = api.get(base, owner.auth());
		assertThat(current.data()).isEqualTo(second.data());
		assertThat(current.data().path("entities").get(0).path("relations").get(0).path("target").asString())
			.isEqualTo("Order");
		assertThat(current.data().path("entities").get(0).path("fields").get(1).path("values").get(1).asString())
			.isEqualTo("SILVER");
		var one = api.get(base + "/versions/1", editor.auth());
		assertThat(one.data().path("entities").get(0).path("fields").get(0).path("unique").asBoolean()).isTrue();
		assertThat(one.data().path("createdAt").asString()).isEqualTo(first.data().path("createdAt").asString());
		assertThat(api.get(base + "/versions/3", owner.auth()).status()).isEqualTo(404);

		var versions = api.get(base + "/versions?limit=1", owner.auth());
		assertThat(versions.status()).as(versions.body()).isEqualTo(200);
		JsonNode newest = versions.data().path("items").get(0);
		assertThat(newest.path("version").asLong()).isEqualTo(2);
		assertThat(newest.path("entityCount").asInt()).isEqualTo(2);
		assertThat(newest.path("createdBy").asString()).isEqualTo(editor.id());
		assertThat(newest.has("entities")).isFalse();
		var older = api.get(base + "/versions?limit=1&nextToken=" + versions.data().path("nextToken").asString(),
				owner.auth());
		assertThat(older.data().path("items").get(0).path("version").asLong()).isEqualTo(1);
		assertThat(older.data().has("nextToken")).isFalse();

		assertThat(schemas.current(project)).map(SchemaVersion::version).contains(2L);
	}

	@Test
	void givesConcurrentSavesDistinctVersions() throws Exception {
		User owner = workspace.newUser("racer");
		String project = workspace.project(owner);
		int saves = 4;
		ExecutorService pool = Executors.newFixedThreadPool(saves);
		try {
			List<CompletableFuture<StratusApi.Response>> running = IntStream.range(0, saves)
				.mapToObj(i -> CompletableFuture
					.supplyAsync(() -> api.put("/api/projects/" + project + "/schema", CUSTOMERS, owner.auth()), pool))
				.toList();
			List<Long> versions = new ArrayList<>();
			for (CompletableFuture<StratusApi.Response> save : running) {
				StratusApi.Response response = save.get();
				assertThat(response.status()).as(response.body()).isEqualTo(200);
				versions.add(response.data().path("version").asLong());
			}
			assertThat(versions).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void namesEveryBrokenRuleAtItsPath() {
		User owner = workspace.newUser("rule-breaker");
		String project = workspace.project(owner);
		Map<String, Object> broken = Map.of("entities", List.of(
				Map.of("name", "customer", "fields", List.of(Map.of("name", "email", "type", "varchar"))),
				Map.of("name", "Order", "fields",
						List.of(Map.of("name", "class", "type", "string"), Map.of("name", "total", "type", "decimal"),
								Map.of("name", "Total", "type", "integer"), Map.of("name", "state", "type", "enum")),
						"relations", List.of(Map.of("name", "lines", "target", "Line", "kind", "one-to-one"))),
				Map.of("name", "Order", "fields", List.of())));

		var refused = api.put("/api/projects/" + project + "/schema", broken, owner.auth());

		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
		List<String> fields = new ArrayList<>();
		refused.tree().path("error").path("details").forEach(problem -> fields.add(problem.path("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("entities[0].name", "entities[0].fields[0].type",
				"entities[1].fields[0].name", "entities[1].fields[2].name", "entities[1].fields[3].values",
				"entities[1].relations[0].target", "entities[1].relations[0].kind", "entities[2].name");
		assertThat(api.get("/api/projects/" + project + "/schema", owner.auth()).status()).isEqualTo(404);
	}

	@Test
	void letsViewersReadButNotSaveAndHidesTheSchemaFromOutsiders() {
		User owner = workspace.newUser("owner");
		String project = workspace.project(owner);
		User viewer = workspace.member(project, owner, "viewer");
		User outsider = workspace.newUser("outsider");
		String base = "/api/projects/" + project + "/schema";
		api.put(base, CUSTOMERS, owner.auth());

		var refused = api.put(base, SHOP, viewer.auth());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.errorCode()).isEqualTo("FORBIDDEN");
		assertThat(api.get(base, viewer.auth()).data().path("version").asLong()).isEqualTo(1);
		assertThat(api.get(base + "/versions", viewer.auth()).status()).isEqualTo(200);

		for (var response : List.of(api.get(base, outsider.auth()), api.put(base, SHOP, outsider.auth()),
				api.get(base + "/versions", outsider.auth()), api.get(base + "/versions/1", outsider.auth()))) {
			assertThat(response.status()).as(response.body()).isEqualTo(404);
		}
		assertThat(api.get(base, owner.auth()).data().path("version").asLong()).isEqualTo(1);
	}

}
