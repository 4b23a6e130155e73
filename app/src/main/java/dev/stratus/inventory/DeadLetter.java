package dev.stratus.inventory;

import java.time.Instant;

/** An order the pipeline gave up on after its retries, kept for an admin to redrive or discard. */
public record DeadLetter(String id, String orderId, String error, long receiveCount, Instant firstFailedAt) {
}
