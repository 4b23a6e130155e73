package dev.stratus.inventory.web;

import dev.stratus.inventory.DeadLetter;
import dev.stratus.platform.web.Timestamps;

/** A dead letter as admins see it. */
record DeadLetterResponse(String id, String orderId, String error, long receiveCount, String firstFailedAt) {

	static DeadLetterResponse of(DeadLetter letter) {
		return new DeadLetterResponse(letter.id(), letter.orderId(), letter.error(), letter.receiveCount(),
				Timestamps.format(letter.firstFailedAt()));
	}

}
