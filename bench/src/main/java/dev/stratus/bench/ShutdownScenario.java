package dev.stratus.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * SIGTERM to the app (what Ctrl-C, {@code kill} and a container stop send) while calls are in
 * flight: it stops taking connections, answers every call it had begun, and exits with status 0
 * within its grace period ({@code spring.lifecycle.timeout-per-shutdown-phase}, 20 s).
 */
final class ShutdownScenario {

	static final Duration GRACE = Duration.ofSeconds(20);

	/**
	 * A call that starts this close to the moment the app stops taking connections may still be on
	 * its way, and a stopping server may rightly refuse it; it is counted, not judged.
	 */
	private static final Duration ON_THE_WAY = Duration.ofMillis(100);

	private ShutdownScenario() {
	}

	static void run(Run run) {
		run.progress.step("SIGTERM: starting the app");
		AppProcess app = run.app("app-terminated", run.dir("shutdown-data"), CloudPorts.free().env());
		app.awaitHealthy(Duration.ofSeconds(90));
		Shop shop = app.shop();
		String token = shop.loginAdmin();
		String product = shop.createProduct(token, "Shutdown test " + UUID.randomUUID().toString().substring(0, 8),
				1_000_000);
		Map<String, String> credentials = Map.of("email", Shop.ADMIN_EMAIL, "password", Shop.ADMIN_PASSWORD);

		run.progress.step("SIGTERM: orders and sign-ins from 8 clients, one sign-in sending its body slowly");
		SlowCall slow = SlowCall.begin(app.port(), Api.JSON.writeValueAsString(credentials));
		Traffic traffic = Traffic.start("orders", 4, Duration.ofMillis(20), Duration.ofSeconds(120), run.progress,
				c -> shop.order(token, product, 1, null))
			// A sign-in checks a bcrypt hash (cost 12): a call that is certainly still running.
			.add("sign-ins", 4, Duration.ofMillis(20), run.progress,
					c -> shop.api().post("/api/auth/login", credentials, null));
		int warmUp = run.quick ? 20 : 100;
		Deadline.until(Duration.ofSeconds(60), Duration.ofMillis(20), () -> traffic.soFar().size() >= warmUp);

		run.progress.step("SIGTERM to the app under load");
		long signalled = System.nanoTime();
		List<ProcessHandle> children = app.terminate();
		// The load goes on until the app stops taking connections: what it took until then, it must finish.
		boolean refusing = Deadline.until(GRACE, Duration.ofMillis(10), () -> !app.alive() || !accepts(app.port()));
		long refused = System.nanoTime();
		double refusingAfter = (refused - signalled) / 1e9;
		CompletableFuture<List<Traffic.Call>> stopped = CompletableFuture.supplyAsync(traffic::stop);
		String slowAnswer = slow.finish();
		boolean exited = Deadline.until(GRACE.plusSeconds(30), Duration.ofMillis(20), () -> !app.alive());
		double exitedAfter = (System.nanoTime() - signalled) / 1e9;
		OptionalInt status = app.exitStatus();
		boolean childrenExited = Deadline.until(Duration.ofSeconds(15), Duration.ofMillis(100),
				() -> children.stream().noneMatch(ProcessHandle::isAlive));
		List<Traffic.Call> calls = stopped.join();
		run.stop(app);

		run.report.check(Check.of("SIGTERM: a call still sending its body when the signal came is answered",
				slowAnswer.startsWith("HTTP/1.1 200"), "answered '" + slowAnswer + "'; new connections refused "
						+ (refusing ? Fmt.num(refusingAfter, 2) + " s after the signal, before the body was complete"
								: "never")));

		long judgedBefore = refused - ON_THE_WAY.toNanos();
		List<Traffic.Call> taken = calls.stream().filter(c -> c.startNanos() < judgedBefore).toList();
		long atSignal = taken.stream().filter(c -> c.startNanos() < signalled && c.endNanos() > signalled).count();
		long afterSignal = taken.stream().filter(c -> c.startNanos() >= signalled).count();
		List<Traffic.Call> failed = taken.stream().filter(c -> c.status() < 200 || c.status() > 299).toList();
		Map<String, Long> late = calls.stream()
			.filter(c -> c.startNanos() >= judgedBefore)
			.collect(Collectors.groupingBy(c -> c.response().toString(), Collectors.counting()));
		run.report.check(Check.of("SIGTERM: every call in flight while the app stops finishes with 2xx, none cut",
				failed.isEmpty() && atSignal > 0,
				taken.size() + " calls started before the app stopped taking connections (" + atSignal
						+ " running at the signal, " + afterSignal + " started after it), " + failed.size() + " not 2xx"
						+ (failed.isEmpty() ? ""
								: " (e.g. " + failed.get(0).name() + " " + failed.get(0).response() + ")")
						+ "; started within " + ON_THE_WAY.toMillis() + " ms of that or later, not judged: " + late));

		run.report.check(Check.of("SIGTERM: the app exits with status 0 within its " + GRACE.toSeconds()
				+ " s grace period", exited && status.orElse(-1) == 0 && exitedAfter <= GRACE.toSeconds(),
				exited ? "exit status " + status.orElse(-1) + " " + Fmt.num(exitedAfter, 1) + " s after the signal"
						: "still running " + Fmt.num(exitedAfter, 1) + " s after the signal"));
		run.report.check(Check.of("SIGTERM: the embedded DynamoDB server exits with the app", childrenExited,
				children.size() + " child process(es), " + (childrenExited ? "all gone" : "still alive after 15 s")));
	}

	private static boolean accepts(int port) {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			return true;
		}
		catch (IOException refused) {
			return false;
		}
	}

	/**
	 * A sign-in written in two halves over a raw socket: the server has its headers, and is reading
	 * its body, until {@link #finish()} sends the rest.
	 */
	private record SlowCall(Socket socket, byte[] rest) {

		static SlowCall begin(int port, String body) {
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			int half = bytes.length / 2;
			String head = "POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1:" + port
					+ "\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: " + bytes.length
					+ "\r\n\r\n";
			try {
				Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
				socket.setSoTimeout((int) GRACE.plusSeconds(10).toMillis());
				OutputStream out = socket.getOutputStream();
				out.write(head.getBytes(StandardCharsets.US_ASCII));
				out.write(bytes, 0, half);
				out.flush();
				return new SlowCall(socket, Arrays.copyOfRange(bytes, half, bytes.length));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not begin the slow sign-in", ex);
			}
		}

		/** @return the status line of the answer, or what went wrong */
		String finish() {
			try (socket) {
				socket.getOutputStream().write(rest);
				socket.getOutputStream().flush();
				InputStream in = socket.getInputStream();
				StringBuilder line = new StringBuilder();
				for (int b = in.read(); b != -1 && b != '\r' && b != '\n'; b = in.read()) {
					line.append((char) b);
				}
				return line.length() == 0 ? "(connection closed without an answer)" : line.toString();
			}
			catch (IOException ex) {
				return ex.getClass().getSimpleName() + ": " + ex.getMessage();
			}
		}

	}

}
