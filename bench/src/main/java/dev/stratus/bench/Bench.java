package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * {@code ./stratus bench}: Stratus measured against its own substrate in the same run (every
 * figure is also given as a ratio to its baseline, since the machines are shared and noisy).
 * {@code --quick} checks correctness only, never speed, for CI.
 */
public final class Bench {

	static final int[] CLIENTS = { 1, 8, 32, 64 };

	/** The most stock a product may hold (API.md); spread over 20–40 products, more than a run orders. */
	static final long MAX_STOCK = 1_000_000;

	private final Run run;

	private Bench(Run run) {
		this.run = run;
	}

	public static void main(String[] args) {
		Run run = Run.start("bench", args);
		Throwable failure = null;
		try {
			Bench bench = new Bench(run);
			if (run.quick) {
				bench.quick();
			}
			else if ("workspace".equals(run.only)) {
				bench.workspace();
			}
			else if ("api".equals(run.only)) {
				bench.api();
			}
			else {
				bench.full();
			}
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
			ex.printStackTrace();
		}
		System.exit(run.finish(failure));
	}

	/** Correctness of the paths the full run measures, in well under two minutes. */
	private void quick() {
		Report report = run.report;
		run.progress.step("starting the app");
		CloudPorts ports = CloudPorts.free();
		AppProcess app = run.app("app", run.dir("app-data"), ports.env());
		long startMs = app.awaitHealthy(Duration.ofSeconds(90));
		report.figure("startupMs", startMs);
		Shop shop = app.shop();
		Health health = Health.of(shop.health());
		report.figure("health", health.services());
		report.check(health.check(startMs));
		String token = shop.loginAdmin();
		Correctness.noOversell(run, shop, token, "single instance");
		Correctness.idempotentRetry(run, shop, token);
		RegistryChecks.run(run, shop, token);
		try (FleetBaseline fleet = new FleetBaseline(ports.ec2Endpoint(), ports.cloudwatchEndpoint())) {
			FleetReads.check(run, shop, token, fleet);
		}
		RebootRoundTrip.check(run, shop, token);
		WorkspaceApi workspace = new WorkspaceApi(shop);
		try (ProjectListBaseline projects = new ProjectListBaseline(ports.dynamodbEndpoint())) {
			ProjectReads.check(run, workspace, token, projects);
		}
		try (ActivityBaseline activity = new ActivityBaseline(ports.dynamodbEndpoint())) {
			ActivityReads.check(run, workspace, token, activity);
		}
		ActivityReads.delivery(run, shop, workspace, token, 5);
		DeploymentLatency.check(run, workspace, token, GenerationLatency.check(run, workspace, token));
		run.progress.step("short load at 8 clients");
		List<String> products = createProducts(shop, token, 20, MAX_STOCK);
		var table = report.table("Smoke load (correctness only: no errors; the speeds here mean nothing)", "call",
				"clients", "calls", "errors");
		for (var step : apiSteps(shop, token, products)) {
			Stats stats = Load.run(step.name, 8, Duration.ZERO, Duration.ofSeconds(2), run.progress, step.op);
			Report.row(table, step.name, "8", Long.toString(stats.ops()), Long.toString(stats.errors()));
			report.check(Check.of(step.name + " under 8 clients answers every call as expected", stats.errors() == 0
					&& stats.ops() > 0, stats.ops() + " calls, " + stats.errors() + " errors"));
		}
		run.progress.step("waiting for the pipeline to confirm every order");
		double drained = OrderWatch.awaitNoPending(shop, token, Duration.ofSeconds(60));
		report.check(Check.of("every order placed is confirmed by the pipeline", drained >= 0,
				drained >= 0 ? "no PENDING order left after " + Fmt.num(drained, 1) + " s"
						: "orders still PENDING after 60 s"));
		run.progress.step("baseline calls on the app's DynamoDB");
		try (Baseline baseline = new Baseline(ports.dynamodbEndpoint())) {
			baseline.seed(20);
			boolean works = baseline.getItem() && baseline.queryPage() && baseline.orderTransaction();
			report.check(Check.of("baseline GetItem, Query of 20 and order transaction work", works, "one call each"));
		}
	}

	private void full() {
		Report report = run.report;
		Startup.Substrate substrate = Startup.substrate(run);
		run.progress.step("starting the app (./stratus run)");
		CloudPorts ports = CloudPorts.free();
		AppProcess app = run.app("app", run.dir("app-data"), ports.env());
		long startMs = app.awaitHealthy(Duration.ofSeconds(90));
		Proc.Rss afterStart = app.rss();
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		List<String> products = createProducts(shop, token, 40, MAX_STOCK);

		try (Baseline baseline = new Baseline(ports.dynamodbEndpoint())) {
			baseline.seed(40);
			List<Double> drains = new ArrayList<>();
			Throughput.compare(run, baseline, apiSteps(shop, token, products), () -> {
				run.progress.step("letting the pipeline confirm the orders placed so far");
				drains.add(OrderWatch.awaitNoPending(shop, token, Duration.ofSeconds(180)));
			});
			report.figure("pipelineDrainSeconds", drains);
			report.check(Check.of("the pipeline confirms every order of the load, after each level of clients",
					drains.stream().allMatch(seconds -> seconds >= 0),
					"drained in " + drains.stream()
						.map(seconds -> seconds >= 0 ? Fmt.num(seconds, 1) + " s" : "> 180 s")
						.toList() + " after the warm-up and each level"));
		}

		pipelineLatency(shop, token, products);
		Proc.Rss afterLoad = app.rss();
		Startup.app(run, substrate, List.of(startMs), afterStart, afterLoad);
		WorkflowLatency.run(run, shop, token, products);
		KeyThroughput.run(run, shop, token);
		try (FleetBaseline fleet = new FleetBaseline(ports.ec2Endpoint(), ports.cloudwatchEndpoint())) {
			FleetReads.compare(run, shop, token, fleet);
		}
		RebootRoundTrip.run(run, shop, token);
		WorkspaceApi workspace = new WorkspaceApi(shop);
		try (ProjectListBaseline projects = new ProjectListBaseline(ports.dynamodbEndpoint())) {
			ProjectReads.compare(run, workspace, token, projects);
		}
		try (ActivityBaseline activity = new ActivityBaseline(ports.dynamodbEndpoint())) {
			ActivityReads.compare(run, shop, workspace, token, activity);
		}
		GenerationLatency.run(run, shop, workspace, token, products, ports.s3Endpoint());
		DeploymentLatency.run(run, workspace, token);
		Correctness.noOversell(run, shop, token, "single instance");
		run.stop(app);

		ScaleOut.run(run);
	}

	/** The workspace's reads against their DynamoDB calls, and notification delivery, on an app of their own. */
	private void workspace() {
		run.progress.step("starting the app (./stratus run)");
		CloudPorts ports = CloudPorts.free();
		AppProcess app = run.app("app", run.dir("app-data"), ports.env());
		app.awaitHealthy(Duration.ofSeconds(90));
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		WorkspaceApi workspace = new WorkspaceApi(shop);
		try (ProjectListBaseline projects = new ProjectListBaseline(ports.dynamodbEndpoint())) {
			ProjectReads.compare(run, workspace, token, projects);
		}
		try (ActivityBaseline activity = new ActivityBaseline(ports.dynamodbEndpoint())) {
			ActivityReads.compare(run, shop, workspace, token, activity);
		}
		run.stop(app);
	}

	/**
	 * Issue #20's targets alone ({@code bench-api}): start-ups, the first seconds of product reads after each,
	 * then warm product reads and orders against their DynamoDB calls at 1 and 8 clients.
	 */
	private void api() {
		Report.Table targets = Targets.table(run);
		Startup.Substrate substrate = Startup.substrate(run);
		CloudPorts ports = CloudPorts.free();
		ColdReads.Started cold = ColdReads.run(run, ports, run.dir("app-data"));
		AppProcess app = cold.app();
		Proc.Rss afterStart = app.rss();
		Shop shop = app.shop();
		List<Stats> warm;
		try (Baseline baseline = new Baseline(ports.dynamodbEndpoint())) {
			baseline.seed(40);
			warm = PairedReads.compare(run, "Warm: API against its DynamoDB call (same server, same run)",
					List.of(new PairedReads.Pair(productRead(shop, cold.token(), cold.products()),
							Throughput.getItem(baseline)),
							new PairedReads.Pair(order(shop, cold.token(), cold.products()),
									Throughput.orderTransaction(baseline))),
					Throughput.APP_WARMUP, "warm", app, () -> {
						run.progress.step("letting the pipeline confirm the orders placed so far");
						OrderWatch.awaitNoPending(shop, cold.token(), Duration.ofSeconds(180));
					}).stats();
		}
		Proc.Rss afterLoad = app.rss();
		run.stop(app);
		Startup.app(run, substrate, cold.startsMs(), afterStart, afterLoad);
		Targets.warmReads(targets, warm);
		Targets.cold(targets, cold.reads(), Targets.find(warm, Targets.PRODUCT_READ, 1));
		Targets.orders(targets, warm, PairedReads.CLIENTS);
		Targets.startup(targets, cold.startsMs());
	}

	/** PENDING→CONFIRMED under a steady 10 orders/s, from the orders' own timestamps. */
	private void pipelineLatency(Shop shop, String token, List<String> products) {
		List<String> ids = Collections.synchronizedList(new ArrayList<>());
		Stats placing = Load.run("pipeline: orders at 10/s", 2, Duration.ZERO, Throughput.MEASURE.multipliedBy(4),
				Duration.ofMillis(200), run.progress, client -> {
					Api.Response order = shop.order(token, any(products), 1, null);
					if (order.status() == 201) {
						ids.add(order.data().path("id").asString());
					}
					return order.status() == 201;
				});
		run.progress.step("waiting for " + ids.size() + " orders to be confirmed");
		Map<String, JsonNode> settled = OrderWatch.awaitSettled(shop, token, ids, Duration.ofSeconds(60));
		Histogram latency = OrderWatch.confirmationLatency(settled);
		Stats stats = Stats.of("PENDING→CONFIRMED", 2, latency, ids.size() - latency.getTotalCount(),
				placing.seconds());
		run.report.figure("pipeline", stats);
		var table = run.report.table("Pipeline: PENDING→CONFIRMED under a steady 10 orders/s", "orders", "confirmed",
				"p50 ms", "p99 ms", "max ms", "target");
		Report.row(table, Integer.toString(ids.size()), Long.toString(latency.getTotalCount()), Fmt.ms(stats.p50Ms()),
				Fmt.ms(stats.p99Ms()), Fmt.ms(stats.maxMs()),
				"p50 ≤ 150 ms " + (stats.p50Ms() <= 150 ? "met" : "**missed**") + ", p99 ≤ 1000 ms "
						+ (stats.p99Ms() <= 1000 ? "met" : "**missed**"));
		table.notes().add("Latency is the order's `updatedAt` minus its `createdAt`, both written by the app, "
				+ "so polling does not add to it.");
		run.report.check(Check.of("every order of the steady load is confirmed", latency.getTotalCount() == ids.size(),
				latency.getTotalCount() + " of " + ids.size() + " confirmed"));
	}

	/** The three measured API calls, each with its expected status. */
	static List<Step> apiSteps(Shop shop, String token, List<String> products) {
		return List.of(productRead(shop, token, products), new Step("GET /api/products (20)", c -> {
			Api.Response page = shop.api().get("/api/products?limit=20", token);
			return page.status() == 200 && page.data().path("items").size() == 20;
		}), order(shop, token, products));
	}

	static Step productRead(Shop shop, String token, List<String> products) {
		return new Step(Targets.PRODUCT_READ, c -> shop.product(token, any(products)).status() == 200);
	}

	static Step order(Shop shop, String token, List<String> products) {
		return new Step(Targets.ORDER, c -> shop.order(token, any(products), 1, null).status() == 201);
	}

	record Step(String name, Load.Op op) {
	}

	static List<String> createProducts(Shop shop, String token, int count, long stock) {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(shop.createProduct(token, "Bench product " + UUID.randomUUID().toString().substring(0, 8), stock));
		}
		return ids;
	}

	static String any(List<String> ids) {
		return ids.get(ThreadLocalRandom.current().nextInt(ids.size()));
	}

}
