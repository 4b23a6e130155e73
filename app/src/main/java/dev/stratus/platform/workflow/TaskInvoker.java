package dev.stratus.platform.workflow;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Runs one attempt of a task, naming its failure as the States Language does: a task's own error, or
 * {@code States.TaskFailed} for any other exception, or {@code States.Timeout} after its
 * {@code TimeoutSeconds}. A timed-out task is interrupted, but Java cannot stop code that ignores
 * that: it may finish later, which is one more reason tasks must be idempotent.
 */
final class TaskInvoker implements AutoCloseable {

	private final ExecutorService timed = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "workflow-task");
		thread.setDaemon(true);
		return thread;
	});

	JsonNode invoke(TaskResource resource, JsonNode parameters, @Nullable Integer timeoutSeconds) {
		if (timeoutSeconds == null) {
			return named(() -> resource.invoke(parameters));
		}
		Future<JsonNode> running = timed.submit(() -> resource.invoke(parameters));
		try {
			return running.get(timeoutSeconds, TimeUnit.SECONDS);
		}
		catch (TimeoutException ex) {
			running.cancel(true);
			throw new StateFailure(StateFailure.TIMEOUT, "Task timed out after " + timeoutSeconds + " seconds");
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			return named(() -> {
				if (cause instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(cause);
			});
		}
		catch (InterruptedException ex) {
			running.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while a task ran", ex);
		}
	}

	private static JsonNode named(java.util.function.Supplier<JsonNode> attempt) {
		try {
			return attempt.get();
		}
		catch (StateFailure failure) {
			throw failure;
		}
		catch (TaskFailure failure) {
			throw new StateFailure(failure.error(), failure.cause());
		}
		catch (RuntimeException ex) {
			throw new StateFailure(StateFailure.TASK_FAILED, ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
		}
	}

	@Override
	public void close() {
		timed.shutdownNow();
	}

}
