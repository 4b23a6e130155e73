package dev.stratus.bench;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class HealthTests {

	private static Api.Response answer(int status, String body) {
		JsonNode json = Api.JSON.readTree(body);
		return new Api.Response(status, json, 1000);
	}

	@Test
	void passesWhenEveryLocalServiceIsUp() {
		Health health = Health.of(answer(200, """
				{"success":true,"data":{"status":"healthy",\
				"checks":{"dynamodb":"up","queue":"up","storage":"up","mail":"up"}}}"""));

		assertThat(health.healthy()).isTrue();
		assertThat(health.check(5400).figures()).startsWith("5400 ms to the first 200; then 200 healthy");
	}

	@Test
	void failsWhenAServiceIsDown() {
		Health health = Health.of(answer(503, """
				{"success":true,"data":{"status":"unhealthy",\
				"checks":{"dynamodb":"up","queue":"up","storage":"up","mail":"down"}}}"""));

		assertThat(health.healthy()).isFalse();
		assertThat(health.notUp()).containsExactly("mail");
		assertThat(health.check(5400).passed()).isFalse();
	}

	@Test
	void failsWhenAServiceIsNotProbedAtAll() {
		Health health = Health.of(answer(200, """
				{"success":true,"data":{"status":"healthy","checks":{"dynamodb":"up","queue":"up"}}}"""));

		assertThat(health.healthy()).isFalse();
		assertThat(health.notUp()).containsExactly("storage", "mail");
	}

	@Test
	void failsOnAnAnswerThatIsNoHealthReport() {
		Health health = Health.of(answer(200, "{\"success\":true,\"data\":{}}"));

		assertThat(health.healthy()).isFalse();
	}

}
