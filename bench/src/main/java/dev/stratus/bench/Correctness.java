package dev.stratus.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;

/** The correctness checks shared by the quick bench, the full bench and the fault tests. */
final class Correctness {

	private Correctness() {
	}

	/**
	 * 120 orders of one item at once, on a product with 50 in stock, spread over the given
	 * instances: exactly 50 orders exist and stock ends at 0 (no oversell); every call is answered
	 * 201 or 409 INSUFFICIENT_STOCK, one 201 per existing order (no order placed behind an error);
	 * every order is confirmed.
	 * @param sessions one (shop, token) per app instance
	 */
	static void noOversell(Run run, List<Session> sessions, String label) {
		run.progress.step("no oversell (" + label + ")");
		int stock = 50;
		int calls = 120;
		Session first = sessions.get(0);
		String name = "Last items " + UUID.randomUUID().toString().substring(0, 8);
		String product = first.shop().createProduct(first.token(), name, stock);
		List<Api.Response> answers = Burst.run(Math.min(40, calls), calls, i -> {
			Session session = sessions.get(i % sessions.size());
			return session.shop().order(session.token(), product, 1, null);
		});
		Map<String, Long> outcomes = answers.stream()
			.collect(Collectors.groupingBy(Api.Response::toString, Collectors.counting()));
		long accepted = answers.stream().filter(a -> a.status() == 201).count();
		long refused = answers.stream().filter(a -> a.status() == 409 && a.code().equals("INSUFFICIENT_STOCK")).count();
		long left = first.shop().stock(first.token(), product);
		List<JsonNode> existing = OrderWatch.ofProduct(first.shop(), first.token(), name);
		long ordered = existing.stream().mapToLong(o -> o.path("quantity").asLong()).sum();
		run.report.check(Check.of(
				"no oversell: " + calls + " concurrent orders for " + stock + " items (" + label + ")",
				left == 0 && ordered == stock && existing.size() == stock,
				existing.size() + " orders exist for " + ordered + " items, stock left " + left));
		run.report.check(Check.of(
				"every concurrent order is answered 201 or 409 INSUFFICIENT_STOCK, one 201 per order ("
				+ label + ")", accepted == existing.size() && accepted + refused == calls,
				"answers " + outcomes + " for " + existing.size() + " orders that exist"));
		List<String> ids = existing.stream().map(o -> o.path("id").asString()).toList();
		Map<String, JsonNode> settled = OrderWatch.awaitSettled(first.shop(), first.token(), ids,
				Duration.ofSeconds(60));
		long confirmed = OrderWatch.countStatus(settled, "CONFIRMED");
		run.report.check(Check.of("every order of the burst is confirmed (" + label + ")",
				settled.size() == ids.size() && confirmed == ids.size(),
				ids.size() + " orders, " + settled.size() + " readable, " + confirmed + " CONFIRMED"));
	}

	static void noOversell(Run run, Shop shop, String token, String label) {
		noOversell(run, List.of(new Session(shop, token)), label);
	}

	/** The same Idempotency-Key and body twice: one order, stock taken once. */
	static void idempotentRetry(Run run, Shop shop, String token) {
		run.progress.step("idempotent retry");
		String product = shop.createProduct(token, "Retried order " + UUID.randomUUID().toString().substring(0, 8), 10);
		String key = UUID.randomUUID().toString();
		Api.Response first = shop.order(token, product, 2, key);
		Api.Response retry = shop.order(token, product, 2, key);
		long left = shop.stock(token, product);
		String firstId = first.data().path("id").asString("");
		String retryId = retry.data().path("id").asString("");
		run.report.check(Check.of("a retried order with the same Idempotency-Key is placed once",
				first.status() == 201 && (retry.status() == 201 || retry.status() == 200) && !firstId.isEmpty()
						&& firstId.equals(retryId) && left == 8,
				"first " + first + ", retry " + retry
						+ (firstId.equals(retryId) ? ", same order" : ", different orders")
						+ ", stock 10 → " + left));
	}

	/** One signed-in administrator on one app instance. */
	record Session(Shop shop, String token) {

		static Session admin(AppProcess app) {
			return new Session(app.shop(), app.shop().loginAdmin());
		}

	}

}
