package dev.stratus.bench;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** The workspace's calls (API.md, "Workspace (seed 001)"), on one app instance, as a signed-in user. */
final class WorkspaceApi {

	/** One entity, one required field: the smallest schema that builds, for deployments and the quick run. */
	static final String NOTE_SCHEMA = """
			{"entities": [{"name": "Note", "fields": [{"name": "title", "type": "string", "required": true}]}]}""";

	/**
	 * Ten entities using every field type (required, unique, enum values) and both relation kinds, one of them
	 * an entity's relation to itself: the app's {@code SampleSchemas.shop()} as the API takes it.
	 */
	static final String SHOP_SCHEMA = """
			{"entities": [
			{"name": "Customer", "fields": [{"name": "email", "type": "string", "required": true, "unique": true},
			{"name": "name", "type": "string", "required": true}, {"name": "bio", "type": "text"},
			{"name": "birthday", "type": "date"}, {"name": "vip", "type": "boolean"}],
			"relations": [{"name": "orders", "target": "Order", "kind": "one-to-many"},
			{"name": "addresses", "target": "Address", "kind": "many-to-many"}]},
			{"name": "Address", "fields": [{"name": "street", "type": "string", "required": true},
			{"name": "city", "type": "string"}, {"name": "country", "type": "enum", "values": ["DE", "FR", "GB"]}]},
			{"name": "Order", "fields": [{"name": "number", "type": "integer", "required": true, "unique": true},
			{"name": "placedAt", "type": "timestamp", "required": true},
			{"name": "status", "type": "enum", "values": ["PENDING", "PAID", "SHIPPED"]},
			{"name": "total", "type": "decimal"}],
			"relations": [{"name": "lines", "target": "OrderLine", "kind": "one-to-many"}]},
			{"name": "OrderLine", "fields": [{"name": "quantity", "type": "integer", "required": true},
			{"name": "unitPrice", "type": "decimal", "required": true}],
			"relations": [{"name": "products", "target": "Product", "kind": "many-to-many"}]},
			{"name": "Product", "fields": [{"name": "sku", "type": "string", "required": true, "unique": true},
			{"name": "title", "type": "string", "required": true}, {"name": "description", "type": "text"},
			{"name": "price", "type": "decimal", "required": true}, {"name": "active", "type": "boolean"}],
			"relations": [{"name": "tags", "target": "Tag", "kind": "many-to-many"}]},
			{"name": "Category", "fields": [{"name": "name", "type": "string", "required": true, "unique": true}],
			"relations": [{"name": "products", "target": "Product", "kind": "one-to-many"},
			{"name": "subcategories", "target": "Category", "kind": "one-to-many"}]},
			{"name": "Tag", "fields": [{"name": "label", "type": "string", "required": true, "unique": true},
			{"name": "code", "type": "decimal", "unique": true}]},
			{"name": "Supplier", "fields": [{"name": "reference", "type": "uuid", "unique": true},
			{"name": "rating", "type": "integer"}, {"name": "preferred", "type": "boolean"}],
			"relations": [{"name": "supplies", "target": "Product", "kind": "many-to-many"}]},
			{"name": "Invoice", "fields": [{"name": "issuedOn", "type": "date", "required": true, "unique": true},
			{"name": "dueOn", "type": "date"}, {"name": "amount", "type": "decimal", "required": true},
			{"name": "paid", "type": "boolean"}, {"name": "externalId", "type": "uuid", "unique": true}],
			"relations": [{"name": "orders", "target": "Order", "kind": "many-to-many"}]},
			{"name": "Shipment", "fields": [{"name": "trackingCode", "type": "string", "unique": true},
			{"name": "shippedAt", "type": "timestamp", "unique": true},
			{"name": "carrier", "type": "enum", "values": ["DHL", "UPS"]}],
			"relations": [{"name": "orders", "target": "Order", "kind": "one-to-many"}]}
			]}""";

	private final Api api;

	WorkspaceApi(Shop shop) {
		this.api = shop.api();
	}

	/** A new spring-boot project of the caller's, as answered (its {@code createdBy} is the caller's user id). */
	JsonNode createProject(String token, String name) {
		Api.Response created = api.post("/api/projects",
				Map.of("name", name, "stack", "spring-boot", "visibility", "private"), token);
		if (created.status() != 201) {
			throw new IllegalStateException("Creating project '" + name + "' answered " + created);
		}
		return created.data();
	}

	/** The first page of the caller's projects, at the default size (20). */
	Api.Response projects(String token) {
		return api.get("/api/projects", token);
	}

	/** Saves the project's next schema version. */
	void saveSchema(String token, String projectId, String json) {
		Api.Response saved = api.call("PUT", "/api/projects/" + projectId + "/schema", Api.JSON.readTree(json), token,
				null);
		if (saved.status() != 200) {
			throw new IllegalStateException("Saving a schema of project " + projectId + " answered " + saved);
		}
	}

	/** {@code POST /api/projects/{id}/generations}: 202 with the generation, QUEUED. */
	Api.Response startGeneration(String token, String projectId) {
		return api.post("/api/projects/" + projectId + "/generations", null, token);
	}

	Api.Response generation(String token, String generationId) {
		return api.get("/api/generations/" + generationId, token);
	}

	Api.Response downloadUrl(String token, String generationId) {
		return api.get("/api/generations/" + generationId + "/download-url", token);
	}

	/** {@code POST /api/projects/{id}/deployments}: 202 with the deployment, QUEUED. */
	Api.Response startDeployment(String token, String projectId, String environment, String generationId) {
		return api.post("/api/projects/" + projectId + "/deployments",
				Map.of("environment", environment, "generationId", generationId), token);
	}

	Api.Response deployment(String token, String deploymentId) {
		return api.get("/api/deployments/" + deploymentId, token);
	}

	Api.Response cancelDeployment(String token, String deploymentId) {
		return api.post("/api/deployments/" + deploymentId + "/cancel", null, token);
	}

	/** The first page (20) of the project's activity, newest first. */
	Api.Response activity(String token, String projectId) {
		return api.get("/api/activity?projectId=" + projectId, token);
	}

	/** The project's activity chart of the last 30 days. */
	Api.Response chart(String token, String projectId) {
		return api.get("/api/analytics/chart-data?chartType=activity&period=30d&projectId=" + projectId, token);
	}

	/** The id of the caller's newest unread notification; empty when there is none (or the read failed). */
	String newestUnread(String token) {
		Api.Response page = api.get("/api/notifications?unread=true&limit=1", token);
		return page.status() == 200 ? page.data().path("items").path(0).path("id").asString("") : "";
	}

	/** The project ids of a page, in its order. */
	static List<String> ids(Api.Response page) {
		return page.data().path("items").valueStream().map(item -> item.path("id").asString()).toList();
	}

}
