package dev.stratus.workspace.internal.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Stopping processes with everything they started: a build's Maven forks, an app's own children. The descendants
 * are listed before the parents go, because an orphan is re-parented and no longer shows up below them.
 */
final class ProcessTrees {

	private ProcessTrees() {
	}

	/**
	 * Asks the roots to stop (SIGTERM, so an app shuts down in order), waits up to {@code grace} for all of them,
	 * then kills whatever is left of them and their descendants, and waits a little for that too.
	 */
	static void stop(List<ProcessHandle> roots, Duration grace) {
		List<ProcessHandle> all = new ArrayList<>();
		for (ProcessHandle root : roots) {
			all.addAll(root.descendants().toList());
			all.add(root);
		}
		roots.forEach(ProcessHandle::destroy);
		await(roots, grace);
		all.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		await(all, Duration.ofSeconds(5));
	}

	private static void await(List<ProcessHandle> processes, Duration timeout) {
		CompletableFuture<?> exits = CompletableFuture
			.allOf(processes.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new));
		try {
			exits.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			// Whoever is still there is killed, or reported, by the caller.
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
