package dev.stratus.fleet;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One action request as the append-only audit log keeps it. An accepted request's entry is written
 * {@link Result#PENDING} before EC2 is asked and completed afterwards, once.
 *
 * @param fromState the instance's state when the action was decided, null when it was not looked up
 * @param error why it was refused or failed, null when accepted
 */
public record AuditEntry(String id, Instant timestamp, String userId, String userEmail, FleetAction action,
		String instanceId, String reason, Result result, @Nullable String error, String requestId, String sourceIp,
		@Nullable String fromState) {

	/** The error a still-PENDING entry reads with once it is {@link #STALE}. */
	public static final String OUTCOME_UNKNOWN = "OUTCOME_UNKNOWN: the app stopped before it recorded EC2's answer;"
			+ " check the instance";

	/**
	 * How long an entry may stay PENDING while its EC2 call runs: well past the SDK's 8 s call timeout.
	 */
	public static final Duration STALE = Duration.ofSeconds(60);

	public enum Result {

		/** Written, EC2 not answered yet: the entry of a request in flight, or of one cut short by a crash. */
		PENDING, ACCEPTED, REJECTED, FAILED

	}

	/** This entry with another result, error and state before the action. */
	public AuditEntry with(Result newResult, @Nullable String newError, @Nullable String state) {
		return new AuditEntry(id, timestamp, userId, userEmail, action, instanceId, reason, newResult, newError,
				requestId, sourceIp, state);
	}

	/**
	 * The entry as the API shows it at {@code now}: a PENDING entry older than {@link #STALE} is a request
	 * whose outcome was never recorded (the app stopped in between), shown as FAILED with
	 * {@link #OUTCOME_UNKNOWN}, since EC2 may or may not have received the action. A younger one is in flight
	 * and stays PENDING.
	 */
	public AuditEntry asSeenAt(Instant now) {
		if (result != Result.PENDING || timestamp.plus(STALE).isAfter(now)) {
			return this;
		}
		return with(Result.FAILED, OUTCOME_UNKNOWN, fromState);
	}

}
