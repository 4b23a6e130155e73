package dev.stratus.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * An admin reboots an instance through the API: the time from the 202 until the instance reads {@code running}
 * with its status checks {@code ok} again, as the console sees it polling every 2 s and as a 200 ms poll sees it
 * (close to the true figure; the two watch the same reboots). The local cloud keeps the checks
 * {@code initializing} for 10–20 s after a reboot, drawn per instance and second, so that figure is the
 * simulation's; the difference between the two polls is what the console's interval adds.
 */
final class RebootRoundTrip {

	static final Duration CONSOLE_POLL = Duration.ofSeconds(2);

	static final Duration FINE_POLL = Duration.ofMillis(200);

	/** Far past the longest reboot the local cloud draws (20 s). */
	static final Duration DEADLINE = Duration.ofSeconds(60);

	/** Reboots of the full run, each of its own running instance, all at once. */
	static final int REBOOTS = 8;

	private static final String REASON = "bench: reboot round trip";

	private RebootRoundTrip() {
	}

	/**
	 * Quick: one reboot is answered 202 and the instance reads running with its checks initializing right after;
	 * the 10–20 s until they are ok again is not waited out.
	 */
	static void check(Run run, Shop shop, String token) {
		run.progress.step("fleet: one reboot");
		FleetApi api = new FleetApi(shop);
		String instanceId = running(api, token).get(0);
		Api.Response reboot = api.reboot(token, instanceId, REASON);
		Api.Response after = api.instance(token, instanceId);
		run.report.check(Check.of("an admin's reboot is answered 202 ACCEPTED and the instance reads running with "
				+ "its checks initializing right after",
				reboot.status() == 202 && "ACCEPTED".equals(reboot.data().path("status").asString())
						&& "running".equals(after.data().path("state").asString())
						&& "initializing".equals(after.data().path("statusChecks").asString()),
				"POST reboot " + reboot + ", then GET " + after + " " + after.data().path("state").asString() + "/"
						+ after.data().path("statusChecks").asString()));
	}

	/** Full: {@link #REBOOTS} reboots, each watched by both polls. */
	static void run(Run run, Shop shop, String token) {
		FleetApi api = new FleetApi(shop);
		List<String> instances = running(api, token).stream().limit(REBOOTS).toList();
		run.progress.step("fleet: rebooting " + instances.size() + " instances, watching them come back");
		List<Watch> console = new ArrayList<>();
		List<Watch> fine = new ArrayList<>();
		int refused = 0;
		ExecutorService pollers = Executors.newFixedThreadPool(2 * instances.size());
		try {
			List<Future<Watch>> consoleSeen = new ArrayList<>();
			List<Future<Watch>> fineSeen = new ArrayList<>();
			for (String instanceId : instances) {
				Api.Response reboot = api.reboot(token, instanceId, REASON);
				long accepted = System.nanoTime();
				if (reboot.status() != 202) {
					refused++;
					continue;
				}
				consoleSeen.add(pollers.submit(() -> Watch.of(() -> api.instance(token, instanceId), accepted,
						CONSOLE_POLL, DEADLINE)));
				fineSeen.add(pollers.submit(() -> Watch.of(() -> api.instance(token, instanceId), accepted,
						FINE_POLL, DEADLINE)));
			}
			console.addAll(results(consoleSeen));
			fine.addAll(results(fineSeen));
		}
		finally {
			pollers.shutdownNow();
		}
		Stats consoleStats = stats("reboot 202→running+ok, polled every 2 s", console);
		Stats fineStats = stats("reboot 202→running+ok, polled every 200 ms", fine);
		var table = run.report.table("Fleet: reboot 202 → running with statusChecks ok, as the API shows it",
				"poll every", "reboots", "back within " + DEADLINE.toSeconds() + " s", "p50 ms", "max ms",
				"later than the 200 ms poll, p50 / max ms");
		List<Long> later = later(console, fine);
		Report.row(table, "2 s (the console)", Integer.toString(console.size()), Long.toString(consoleStats.ops()),
				Fmt.ms(consoleStats.p50Ms()), Fmt.ms(consoleStats.maxMs()), later.isEmpty() ? "n/a"
						: Fmt.ms(later.get((later.size() - 1) / 2)) + " / " + Fmt.ms(later.get(later.size() - 1)));
		Report.row(table, "200 ms", Integer.toString(fine.size()), Long.toString(fineStats.ops()),
				Fmt.ms(fineStats.p50Ms()), Fmt.ms(fineStats.maxMs()), "—");
		table.notes().add(instances.size() + " running instances rebooted one after the other (each its own), each "
				+ "watched from its 202 by both polls (`GET /api/fleet/instances/{id}`) until it read `running` with "
				+ "`statusChecks: ok` after having read otherwise. The local cloud draws each reboot's 10–20 s of "
				+ "`initializing` checks from the instance and the second, so the 200 ms figure is the simulation's "
				+ "and the last column, reboot by reboot, is what the console's 2 s interval adds (at most 2 s plus "
				+ "one call).");
		run.report.figure("rebootRoundTrip", List.of(consoleStats, fineStats));
		boolean allBack = refused == 0 && !instances.isEmpty() && consoleStats.errors() == 0 && fineStats.errors() == 0;
		run.report.check(Check.of("every reboot is answered 202, seen initializing, then running with checks ok "
				+ "within " + DEADLINE.toSeconds() + " s by both polls", allBack,
				instances.size() + " reboots, " + refused + " not answered 202; back: " + consoleStats.ops()
						+ " (2 s poll), " + fineStats.ops() + " (200 ms poll)"));
	}

	/** The running instances, in list order. */
	private static List<String> running(FleetApi api, String token) {
		Api.Response page = api.instances(token, null);
		List<String> running = page.data()
			.path("items")
			.valueStream()
			.filter(instance -> "running".equals(instance.path("state").asString()))
			.map(instance -> instance.path("instanceId").asString())
			.toList();
		if (running.isEmpty()) {
			throw new IllegalStateException("No running instance to reboot; the list answered " + page);
		}
		return running;
	}

	private static List<Watch> results(List<Future<Watch>> futures) {
		List<Watch> watches = new ArrayList<>();
		for (Future<Watch> future : futures) {
			try {
				watches.add(future.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Interrupted while watching reboots", ex);
			}
			catch (ExecutionException ex) {
				throw new IllegalStateException("A reboot watch failed", ex.getCause());
			}
		}
		return watches;
	}

	/**
	 * How much later the slower poll saw each reboot back than the faster one, for the reboots both saw back.
	 * @param slow the watches of the same reboots as {@code fast}, in the same order
	 * @return in ms, sorted
	 */
	static List<Long> later(List<Watch> slow, List<Watch> fast) {
		List<Long> later = new ArrayList<>();
		for (int i = 0; i < Math.min(slow.size(), fast.size()); i++) {
			if (slow.get(i).back() && fast.get(i).back()) {
				later.add(slow.get(i).millis() - fast.get(i).millis());
			}
		}
		later.sort(null);
		return later;
	}

	/** The round trips of the reboots that came back; the others count as errors. */
	static Stats stats(String name, List<Watch> watches) {
		Histogram micros = Stats.histogram();
		long late = 0;
		for (Watch watch : watches) {
			if (watch.back()) {
				micros.recordValue(Math.max(1, watch.millis() * 1000));
			}
			else {
				late++;
			}
		}
		return Stats.of(name, 1, micros, late, 0);
	}

	/**
	 * What one poll saw of one reboot.
	 *
	 * @param sawInitializing whether it read the instance other than running with checks ok
	 * @param millis from the 202 to the first read of running with checks ok after that; -1 if none came
	 */
	record Watch(boolean sawInitializing, long millis) {

		boolean back() {
			return sawInitializing && millis >= 0;
		}

		/**
		 * Reads the instance every {@code every} from {@code acceptedNanos} on until it is running with checks ok
		 * after having been otherwise, or the deadline passes. A read that fails is skipped.
		 */
		static Watch of(Supplier<Api.Response> read, long acceptedNanos, Duration every,
				Duration deadline) {
			boolean[] initializing = { false };
			var back = Deadline.poll(deadline, every, () -> {
				Api.Response instance = read.get();
				if (instance.status() != 200) {
					return Optional.<Long>empty();
				}
				JsonNode data = instance.data();
				if (!FleetApi.runningAndOk(data)) {
					initializing[0] = true;
					return Optional.<Long>empty();
				}
				return initializing[0] ? Optional.of(System.nanoTime())
						: Optional.<Long>empty();
			});
			return new Watch(initializing[0], back.map(at -> (at - acceptedNanos) / 1_000_000).orElse(-1L));
		}

	}

}
