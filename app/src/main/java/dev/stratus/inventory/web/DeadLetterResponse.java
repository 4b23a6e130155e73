package dev.stratus.inventory.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.stratus.inventory.Orders;
import dev.stratus.platform.jobs.DeadLetter;
import dev.stratus.platform.web.Timestamps;
import org.jspecify.annotations.Nullable;

/**
 * A dead letter as admins see it: the work item it names is {@code subjectId}, and for the order
 * pipeline also {@code orderId}, as the contract has always had it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record DeadLetterResponse(String id, String job, String subjectId, @Nullable String orderId, String error,
		long receiveCount, String firstFailedAt) {

	static DeadLetterResponse of(String job, DeadLetter letter) {
		return new DeadLetterResponse(letter.id(), job, letter.subjectId(),
				Orders.JOB.equals(job) ? letter.subjectId() : null, letter.error(), letter.receiveCount(),
				Timestamps.format(letter.firstFailedAt()));
	}

}
