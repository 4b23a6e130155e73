package dev.stratus.inventory.internal;

import java.time.Instant;

import dev.stratus.inventory.Order;
import org.jspecify.annotations.Nullable;

/**
 * An order with what the pipeline tracks beside it: when its confirmation email went out, the
 * failures of the attempts so far (for the dead letter), and the request that placed it (for logs).
 */
public record TrackedOrder(Order order, @Nullable Instant confirmationSentAt, long failedAttempts,
		@Nullable Instant firstFailedAt, @Nullable String lastError, @Nullable String requestId) {
}
