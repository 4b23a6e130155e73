package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * The registration workflow's latency, from the 202 to SUCCEEDED, under steady open-loop arrivals,
 * next to the order pipeline's PENDING→CONFIRMED under the same arrivals in the same run. Both go
 * through the platform's job pipeline (outbox, queue, worker), so the ratio is what the ASL engine
 * and its step-by-step persistence add on top of one asynchronous hop.
 */
final class WorkflowLatency {

	static final int[] RATES = { 1, 20 };

	/** Four steps long, as the pipeline table: at 1/s that is 20 registrations, at 20/s 400. */
	static final Duration LENGTH = Throughput.MEASURE.multipliedBy(4);

	private static final Duration SETTLE = Duration.ofSeconds(60);

	private WorkflowLatency() {
	}

	static void run(Run run, Shop shop, String token, List<String> products) {
		Registry registry = new Registry(shop);
		var table = run.report.table("Workflow: registration 202→SUCCEEDED against the order pipeline, same arrivals",
				"rate /s", "registrations", "succeeded", "errors", "p50 ms", "p99 ms", "max ms", "orders p50 ms",
				"orders p99 ms", "p50 ratio", "p99 ratio");
		table.notes().add("Registrations and orders arrive open-loop at the rate, each for " + LENGTH.toSeconds()
				+ " s, orders first. A registration's latency is its execution's `stoppedAt` minus `startedAt` "
				+ "(the start is written before the 202 is sent), an order's is `updatedAt` minus `createdAt`, "
				+ "so polling adds to neither. Errors: an answer other than 202, or an execution FAILED or still "
				+ "RUNNING " + SETTLE.toSeconds() + " s after the last arrival. At 1/s the p99 is the slowest of "
				+ LENGTH.toSeconds() + " and says little; compare p50s there.");
		List<Stats> all = new ArrayList<>();
		String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8) + "-";
		for (int rate : RATES) {
			Stats orders = orders(run, shop, token, products, rate);
			Stats workflow = registrations(run, registry, token, prefix + rate + "-", rate);
			all.add(orders);
			all.add(workflow);
			for (Stats stats : List.of(orders, workflow)) {
				System.out.printf("  %-42s p50 %7s  p99 %7s ms  errors %d%n", stats.name(), Fmt.ms(stats.p50Ms()),
						Fmt.ms(stats.p99Ms()), stats.errors());
			}
			Report.row(table, Integer.toString(rate), Long.toString(workflow.ops() + workflow.errors()),
					Long.toString(workflow.ops()), Long.toString(workflow.errors()), Fmt.ms(workflow.p50Ms()),
					Fmt.ms(workflow.p99Ms()), Fmt.ms(workflow.maxMs()), Fmt.ms(orders.p50Ms()),
					Fmt.ms(orders.p99Ms()), Fmt.ratio(workflow.p50Ms(), orders.p50Ms()),
					Fmt.ratio(workflow.p99Ms(), orders.p99Ms()));
			run.report.check(Check.of("every registration at " + rate + "/s is accepted and SUCCEEDED",
					workflow.errors() == 0 && workflow.ops() > 0,
					workflow.ops() + " SUCCEEDED, " + workflow.errors() + " not"));
			run.report.check(Check.of("every order of the baseline at " + rate + "/s is confirmed",
					orders.errors() == 0 && orders.ops() > 0,
					orders.ops() + " CONFIRMED, " + orders.errors() + " not"));
		}
		run.report.figure("workflowLatency", all);
	}

	private static Stats orders(Run run, Shop shop, String token, List<String> products, int rate) {
		List<Api.Response> answers = Paced.run("order pipeline: orders at " + rate + "/s", rate, LENGTH, run.progress,
				i -> shop.order(token, Bench.any(products), 1, null));
		List<String> ids = answers.stream()
			.filter(a -> a.status() == 201)
			.map(a -> a.data().path("id").asString())
			.toList();
		run.progress.step("waiting for " + ids.size() + " orders to be confirmed");
		Map<String, JsonNode> settled = OrderWatch.awaitSettled(shop, token, ids, SETTLE);
		Histogram latency = OrderWatch.confirmationLatency(settled);
		return Stats.of("orders PENDING→CONFIRMED at " + rate + "/s", 0, latency,
				answers.size() - latency.getTotalCount(), LENGTH.toSeconds());
	}

	private static Stats registrations(Run run, Registry registry, String token, String prefix, int rate) {
		List<Api.Response> answers = Paced.run("workflow: registrations at " + rate + "/s", rate, LENGTH,
				run.progress, i -> registry.register(token, prefix + i));
		List<String> ids = answers.stream().map(Registry::executionId).filter(id -> !id.isEmpty()).toList();
		run.progress.step("waiting for " + ids.size() + " registrations to stop");
		Map<String, JsonNode> stopped = ExecutionWatch.awaitStopped(registry, token, ids, SETTLE);
		Histogram latency = ExecutionWatch.successLatency(stopped);
		return Stats.of("registration 202→SUCCEEDED at " + rate + "/s", 0, latency,
				answers.size() - latency.getTotalCount(), LENGTH.toSeconds());
	}

}
