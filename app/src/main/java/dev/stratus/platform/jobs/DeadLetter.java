package dev.stratus.platform.jobs;

import java.time.Instant;

/**
 * A message a job gave up on after its retries, kept for an admin to redrive or discard.
 * @param id derived from the SQS message id, so a message seen twice is one dead letter
 * @param subjectId the id of the work item it named, or {@code unknown}
 */
public record DeadLetter(String id, String subjectId, String error, long receiveCount, Instant firstFailedAt) {
}
