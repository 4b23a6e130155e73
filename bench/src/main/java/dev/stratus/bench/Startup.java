package dev.stratus.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Start-up and memory: the app ({@code ./stratus run}, built) to healthy, against its substrate
 * started alone: the DynamoDB server by itself, and the whole local cloud
 * ({@code ./stratus localcloud}).
 */
final class Startup {

	private Startup() {
	}

	record Substrate(long dynamodbMs, long localCloudMs) {
	}

	/** Starts and stops the substrate alone, timing each. */
	static Substrate substrate(Run run) {
		run.progress.step("start-up of the DynamoDB server alone");
		Path data = run.dir("dynamodb-alone");
		List<String> command = List.of("node", run.home.resolve("localcloud/node/dynamodb-server.mjs").toString(),
				"--host", "127.0.0.1", "--port", Integer.toString(Ports.free()), "--path", data.toString());
		Proc dynamodb = run.cleanup.add(new Proc("dynamodb-alone", command, Map.of(), run.home,
				run.logs.resolve("dynamodb-alone.log")));
		boolean ready = Deadline.until(Duration.ofSeconds(30), Duration.ofMillis(20),
				() -> logSays(dynamodb, "listening"));
		long dynamodbMs = (System.nanoTime() - dynamodb.startedNanos()) / 1_000_000;
		run.stop(dynamodb);
		if (!ready) {
			throw new IllegalStateException("The DynamoDB server alone did not start: " + dynamodb.tail(20));
		}
		run.progress.step("start-up of the local cloud alone");
		LocalCloudProcess cloud = run.localCloud("localcloud-alone", run.dir("localcloud-alone"), CloudPorts.free());
		long localCloudMs = cloud.awaitReady(Duration.ofSeconds(60)).ms();
		run.stop(cloud);
		return new Substrate(dynamodbMs, localCloudMs);
	}

	private static boolean logSays(Proc proc, String text) {
		try {
			return Files.isRegularFile(proc.log()) && Files.readString(proc.log()).contains(text);
		}
		catch (IOException notYet) {
			return false;
		}
	}

	/**
	 * @param startsMs every start of the app in the run, to its first healthy answer; the slowest is the figure
	 * @param afterStart the memory of the app's last start
	 */
	static void app(Run run, Substrate substrate, List<Long> startsMs, Proc.Rss afterStart, Proc.Rss afterLoad) {
		long appMs = startsMs.stream().mapToLong(Long::longValue).max().orElseThrow();
		var table = run.report.table("Start-up and memory", "what", "to ready (ms)", "versus app",
				"RSS after start (MiB)", "RSS after load (MiB)");
		Report.row(table, "DynamoDB server alone (node)", Long.toString(substrate.dynamodbMs()),
				Fmt.ratio(substrate.dynamodbMs(), appMs), "",
				"");
		Report.row(table, "local cloud alone (./stratus localcloud)", Long.toString(substrate.localCloudMs()),
				Fmt.ratio(substrate.localCloudMs(), appMs), "", "");
		Report.row(table, "app with embedded local cloud (./stratus run) to healthy", Long.toString(appMs), "1.00×",
				Fmt.num(afterStart.ownMb(), 0) + " JVM, " + Fmt.num(afterStart.totalMb(), 0) + " with DynamoDB",
				Fmt.num(afterLoad.ownMb(), 0) + " JVM, " + Fmt.num(afterLoad.totalMb(), 0) + " with DynamoDB");
		table.notes().add("Target: start-up to healthy under 6 s — "
				+ (appMs < Targets.STARTUP_MS ? "met" : "**missed**")
				+ (startsMs.size() > 1 ? " (the slowest of " + startsMs.size() + " starts: " + startsMs + " ms)" : "")
				+ ". The app's time includes starting the embedded local cloud; RSS is VmRSS from /proc.");
		run.report.figure("startup",
				Map.of("dynamodbAloneMs", substrate.dynamodbMs(), "localCloudAloneMs", substrate.localCloudMs(),
						"appToHealthyMs", appMs, "appStartsMs", startsMs,
						"rssAfterStart", afterStart, "rssAfterLoad", afterLoad));
	}

}
