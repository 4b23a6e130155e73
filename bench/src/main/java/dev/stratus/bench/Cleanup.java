package dev.stratus.bench;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the run started, stopped in reverse order when the run ends, fails or is
 * interrupted (a shutdown hook covers Ctrl-C).
 */
final class Cleanup implements AutoCloseable {

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private final Thread hook = new Thread(this::closeAll, "cleanup");

	Cleanup() {
		Runtime.getRuntime().addShutdownHook(hook);
	}

	synchronized <T extends AutoCloseable> T add(T resource) {
		started.push(resource);
		return resource;
	}

	synchronized void forget(AutoCloseable resource) {
		started.remove(resource);
	}

	private synchronized void closeAll() {
		while (!started.isEmpty()) {
			AutoCloseable resource = started.pop();
			try {
				resource.close();
			}
			catch (Exception ex) {
				System.err.println("cleanup: " + resource + " did not close: " + ex.getMessage());
			}
		}
	}

	@Override
	public void close() {
		closeAll();
		try {
			Runtime.getRuntime().removeShutdownHook(hook);
		}
		catch (IllegalStateException shuttingDown) {
			// The hook is running already and does the same.
		}
	}

}
