package dev.stratus.platform.cloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import dev.stratus.StratusApi;
import dev.stratus.StratusApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

import static dev.stratus.StratusApi.bearer;
import static org.assertj.core.api.Assertions.assertThat;

/** State written before a restart is there after it: the data directory is the source of truth. */
class RestartTests {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String ADMIN_EMAIL = "restart-admin@example.test";

	private static final String ADMIN_PASSWORD = "Correct-Horse-9";

	@Test
	void readsBackAfterARestartWhatWasWrittenBefore(@TempDir Path dataDir) {
		Map<String, AttributeValue> key = Map.of("PK", AttributeValue.fromS("RESTART#probe"), "SK",
				AttributeValue.fromS("PROBE"));
		String table;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			CloudResources resources = first.getBean(CloudResources.class);
			table = resources.tableName(first.getBeanProvider(TableSpec.class).orderedStream()
					.findFirst().orElseThrow());
			first.getBean(DynamoDbClient.class)
				.putItem(b -> b.tableName(table).item(Map.of("PK", key.get("PK"), "SK", key.get("SK"), "note",
						AttributeValue.fromS("written before the restart"))));
		}

		try (ConfigurableApplicationContext second = start(dataDir)) {
			var item = second.getBean(DynamoDbClient.class).getItem(b -> b.tableName(table).key(key)).item();

			assertThat(item).containsEntry("note", AttributeValue.fromS("written before the restart"));
		}
	}

	/**
	 * What a user had before the restart still works after it: their session (the refresh token),
	 * a product image in S3, and everything signed with a generated secret (the ID token, a page
	 * token).
	 */
	@Test
	void keepsSessionsImagesAndSecretsAcrossARestart(@TempDir Path dataDir) throws Exception {
		JsonNode session;
		String pictured;
		String nextToken;
		byte[] picture = { (byte) 0x89, 'P', 'N', 'G', 7, 8, 9 };
		try (ConfigurableApplicationContext first = start(dataDir)) {
			StratusApi api = api(first);
			session = login(api);
			String[] admin = bearer(session.path("idToken").asString());
			pictured = create(api, admin, "Pictured before");
			create(api, admin, "Listed before");
			var prepared = api.post("/api/products/" + pictured + "/image", Map.of("contentType", "image/png"), admin);
			assertThat(prepared.status()).as(prepared.body()).isEqualTo(200);
			var upload = HTTP.send(HttpRequest.newBuilder(URI.create(prepared.data().path("uploadUrl").asString()))
				.header("Content-Type", "image/png")
				.PUT(HttpRequest.BodyPublishers.ofByteArray(picture))
				.build(), HttpResponse.BodyHandlers.discarding());
			assertThat(upload.statusCode()).isEqualTo(200);
			var page = api.get("/api/products?limit=1", admin);
			nextToken = page.data().path("nextToken").asString();
			assertThat(nextToken).isNotBlank();
		}

		try (ConfigurableApplicationContext second = start(dataDir)) {
			StratusApi api = api(second);
			String[] admin = bearer(session.path("idToken").asString());

			var me = api.get("/api/auth/me", admin);
			assertThat(me.status()).as("ID token issued before the restart: " + me.body()).isEqualTo(200);
			var refreshed = api.post("/api/auth/refresh",
					Map.of("refreshToken", session.path("refreshToken").asString()));
			assertThat(refreshed.status()).as("refresh token issued before the restart: " + refreshed.body())
				.isEqualTo(200);
			var nextPage = api.get("/api/products?limit=1&nextToken=" + nextToken, admin);
			assertThat(nextPage.status()).as("page token issued before the restart: " + nextPage.body())
				.isEqualTo(200);
			assertThat(nextPage.data().path("items").path(0).path("id").asString()).isEqualTo(pictured);
			var redirect = api.get("/api/products/" + pictured + "/image");
			assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
			var image = HTTP.send(HttpRequest.newBuilder(URI.create(redirect.header("Location"))).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			assertThat(image.statusCode()).isEqualTo(200);
			assertThat(image.body()).containsExactly(picture);
		}
	}

	private static StratusApi api(ConfigurableApplicationContext context) {
		return context.getAutowireCapableBeanFactory().createBean(StratusApi.class);
	}

	private static JsonNode login(StratusApi api) {
		var login = api.post("/api/auth/login", Map.of("email", ADMIN_EMAIL, "password", ADMIN_PASSWORD));
		assertThat(login.status()).as(login.body()).isEqualTo(200);
		return login.data();
	}

	private static String create(StratusApi api, String[] admin, String name) {
		var created = api.post("/api/products",
				Map.of("name", name, "description", "Kept across a restart", "category", "other", "price", 100,
						"quantity", 5, "sku", "RESTART-" + UUID.randomUUID()),
				admin);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		return created.data().path("id").asString();
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(StratusApplication.class).run("--server.port=0",
				"--stratus.data-dir=" + dataDir, "--stratus.in-memory=false", "--stratus.local-ports.gateway=0",
				"--stratus.local-ports.dynamodb=0", "--stratus.local-ports.sqs=0", "--stratus.local-ports.s3=0",
				"--stratus.local-ports.ec2=0", "--stratus.local-ports.cloudwatch=0", "--stratus.local-ports.smtp=0",
				"--stratus.local-ports.imap=0", "--stratus.admin.email=" + ADMIN_EMAIL,
				"--stratus.admin.password=" + ADMIN_PASSWORD);
	}

}
