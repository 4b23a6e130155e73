package dev.stratus.bench;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.stratus.localcloud.Endpoints;
import software.amazon.awssdk.services.sqs.SqsClient;
import tools.jackson.databind.JsonNode;

/**
 * A message no worker can process, put straight on the orders queue: it must reach the
 * dead-letter queue after 3 receives, and the administrator must get exactly one alert.
 */
final class PoisonScenario {

	private static final Duration DEAD_LETTER_DEADLINE = Duration.ofSeconds(150);


	static final String BODY = "{\"poison\": \"the Stratus chaos harness sent this; it is not an order\"";

	private PoisonScenario() {
	}

	static void run(Run run, SharedCloud cloud, AppProcess app) {
		run.progress.step("poison message");
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		BenchInbox inbox = cloud.inbox();
		Set<String> before = new HashSet<>();
		shop.deadLetters(token).forEach(d -> before.add(d.path("id").asString()));
		int mailBefore = inbox.count(Shop.ADMIN_EMAIL);

		String queue;
		try (SqsClient sqs = sqs(cloud.endpoints())) {
			List<String> urls = sqs.listQueues(b -> b.queueNamePrefix("stratus-orders")).queueUrls();
			queue = urls.stream()
				.filter(u -> !u.toLowerCase().contains("dlq") && !u.toLowerCase().contains("dead"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("No orders queue among " + urls));
			sqs.sendMessage(b -> b.queueUrl(queue).messageBody(BODY));
		}
		long sent = System.nanoTime();
		// The app's default back-off holds a failed message 10 s, then 60 s, before the third receive
		// dead-letters it: allow for that, plus queue and handler latency.
		Optional<JsonNode> letter = Deadline.poll(DEAD_LETTER_DEADLINE, Duration.ofMillis(250), () -> shop
			.deadLetters(token)
			.stream()
			.filter(d -> !before.contains(d.path("id").asString()))
			.findFirst());
		double seconds = (System.nanoTime() - sent) / 1e9;
		int receives = letter.map(d -> d.path("receiveCount").asInt()).orElse(0);
		run.report.check(Check.of("poison message: in the dead-letter queue after 3 receives",
				letter.isPresent() && receives == 3,
				letter.map(d -> "listed after " + Fmt.num(seconds, 1) + " s with receiveCount " + receives + ", error '"
						+ d.path("error").asString() + "'")
						.orElse("not in GET /api/admin/dead-letters after " + DEAD_LETTER_DEADLINE.toSeconds()
								+ " s (queue " + queue + ")")));

		boolean alerted = Deadline.until(Duration.ofSeconds(30), Duration.ofMillis(500),
				() -> inbox.count(Shop.ADMIN_EMAIL) > mailBefore);
		// A second alert for the same message would come from a later receive: watch a little longer.
		Deadline.pause(Duration.ofSeconds(5));
		int alerts = inbox.count(Shop.ADMIN_EMAIL) - mailBefore;
		run.report.check(Check.of("poison message: exactly one admin alert", alerted && alerts == 1,
				alerts + " new message(s) in " + Shop.ADMIN_EMAIL + "'s mailbox"));
		letter.ifPresent(d -> shop.api().call("DELETE", "/api/admin/dead-letters/" + d.path("id").asString(), null,
				token, null));
	}

	private static SqsClient sqs(Endpoints endpoints) {
		return AppClientSettings.configure(SqsClient.builder(), endpoints.sqs(), Endpoints.REGION).build();
	}

}
