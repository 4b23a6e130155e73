package dev.stratus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The API function's initialisation, measured as Lambda would pay it but on this machine: each run is a fresh JVM
 * on the classpath of {@code app/target/stratus-lambda.zip} (unzipped as Lambda does), in local mode against one
 * running local cloud ({@code STRATUS_LOCALCLOUD}) with {@code STRATUS_RUNTIME=lambda}; it times the handler's
 * construction (the init phase) and the first two invocations, with {@code STRATUS_LAMBDA_PRIMING} on and off,
 * alternating, after one unmeasured run that provisions the tables. SnapStart restores cannot run here: priming's
 * effect shows as the first invocations' latency after init. Writes {@code bench/results/lambda-init.md}.
 * <p>
 * Usage: {@code java -cp bench/target/classes:$(cat bench/target/classpath.txt) dev.stratus.bench.LambdaInit [runs]}
 * from the repository, after {@code mvn -B -DskipTests package}.
 */
public final class LambdaInit {

	private static final Pattern LINE = Pattern.compile("LAMBDA-INIT jvmToMain=(\\d+) init=(\\d+) health=(\\d+) "
			+ "healthStatus=(\\d+) product=(\\d+) productStatus=(-?\\d+)");

	private LambdaInit() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(System.getProperty("stratus.home", ".")).toAbsolutePath().normalize();
		int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
		Path work = Files.createTempDirectory("stratus-lambda-init-");
		Path task = work.resolve("task");
		unzip(home.resolve("app/target/stratus-lambda.zip"), task);
		String classpath = task + ":" + task.resolve("lib") + "/*:" + home.resolve("bench/target/classes");
		try (LocalCloudProcess cloud = LocalCloudProcess.start(home, "lambda-init-cloud", work.resolve("cloud"),
				CloudPorts.free(), work)) {
			String endpoints = cloud.awaitReady(Duration.ofSeconds(60)).endpoints().format();
			run(classpath, endpoints, work, true);
			Map<Boolean, List<Run>> results = new LinkedHashMap<>();
			for (int i = 0; i < runs; i++) {
				for (boolean priming : new boolean[] { true, false }) {
					Run run = run(classpath, endpoints, work, priming);
					System.out.println((priming ? "priming on:  " : "priming off: ") + run);
					results.computeIfAbsent(priming, key -> new ArrayList<>()).add(run);
				}
			}
			Path report = home.resolve("bench/results/lambda-init.md");
			Files.writeString(report, report(results, runs, Files.size(home.resolve("app/target/stratus-lambda.zip"))));
			System.out.println("Wrote " + report);
		}
	}

	private static Run run(String classpath, String endpoints, Path work, boolean priming)
			throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", classpath, "dev.stratus.bench.LambdaInitProbe")
			.redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("STRATUS_MODE", "local");
		env.put("STRATUS_RUNTIME", "lambda");
		env.put("STRATUS_LAMBDA_PRIMING", Boolean.toString(priming));
		env.put("STRATUS_LOCALCLOUD", endpoints);
		env.put("STRATUS_DATA_DIR", work.resolve("app").toString());
		env.put("STRATUS_PORT", "0");
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes());
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
		}
		Matcher line = LINE.matcher(output);
		if (!line.find()) {
			throw new IllegalStateException("The probe printed no timings; its last output:\n"
					+ output.substring(Math.max(0, output.length() - 4000)));
		}
		return new Run(Long.parseLong(line.group(1)), Long.parseLong(line.group(2)), Long.parseLong(line.group(3)),
				Integer.parseInt(line.group(4)), Long.parseLong(line.group(5)), Integer.parseInt(line.group(6)));
	}

	private static String report(Map<Boolean, List<Run>> results, int runs, long zipBytes) {
		StringBuilder md = new StringBuilder();
		md.append("# Lambda initialisation (API function)\n\n")
			.append("Measured ")
			.append(Fmt.timestamp(Instant.now()))
			.append(" by `dev.stratus.bench.LambdaInit` on this machine (")
			.append(Runtime.getRuntime().availableProcessors())
			.append(" cores, shared), ")
			.append(runs)
			.append(" fresh JVMs per setting (`-XX:+UseSerialGC -XX:TieredStopAtLevel=1`, as Lambda's Java runtime "
					+ "starts), on the unzipped `app/target/stratus-lambda.zip` (")
			.append(zipBytes / 1_000_000)
			.append(" MB), local mode against one running local cloud, `STRATUS_RUNTIME=lambda`. `init` is the "
					+ "handler's construction (Lambda's init phase: Spring, the clients, priming when on); the "
					+ "first `GET /api/health` and the first product read (`GET /api/products/{id}/image` of an "
					+ "unknown product: a DynamoDB read, 404) are the first two invocations after it. SnapStart "
					+ "cannot run here; with it, init happens once per version and a restore replaces it, so the "
					+ "first invocations' latency is what priming buys.\n\n")
			.append("| priming | run | JVM to main (ms) | init (ms) | first health (ms) | first product read (ms) |\n")
			.append("|---|---|---|---|---|---|\n");
		results.forEach((priming, list) -> {
			for (int i = 0; i < list.size(); i++) {
				Run run = list.get(i);
				md.append("| ").append(priming ? "on" : "off").append(" | ").append(i + 1).append(" | ")
					.append(run.jvmToMain()).append(" | ").append(run.init()).append(" | ").append(run.health())
					.append(" (").append(run.healthStatus()).append(") | ").append(run.product()).append(" (")
					.append(run.productStatus()).append(") |\n");
			}
			md.append("| ").append(priming ? "on" : "off").append(" | median | ")
				.append(median(list.stream().map(Run::jvmToMain).toList())).append(" | ")
				.append(median(list.stream().map(Run::init).toList())).append(" | ")
				.append(median(list.stream().map(Run::health).toList())).append(" | ")
				.append(median(list.stream().map(Run::product).toList())).append(" |\n");
		});
		return md.toString();
	}

	private static long median(List<Long> values) {
		List<Long> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static void unzip(Path zip, Path into) throws IOException {
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				Path target = into.resolve(entry.getName()).normalize();
				if (!target.startsWith(into)) {
					throw new IOException("Entry outside the package: " + entry.getName());
				}
				if (entry.isDirectory()) {
					Files.createDirectories(target);
				}
				else {
					Files.createDirectories(target.getParent());
					Files.copy(entries, target);
				}
			}
		}
	}

	private record Run(long jvmToMain, long init, long health, int healthStatus, long product, int productStatus) {
	}

}
