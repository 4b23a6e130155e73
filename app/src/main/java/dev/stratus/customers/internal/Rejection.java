package dev.stratus.customers.internal;

/**
 * Why a registration fails: the execution's {@code error.code} and {@code cause}.
 *
 * @param error {@code INVALID_ID}, {@code INVALID_EMAIL}, {@code INVALID_ATTRIBUTES},
 * {@code DUPLICATE_ENTRY}, or the name of a failure the workflow caught
 */
record Rejection(String error, String cause) {

	static Rejection invalidId(String cause) {
		return new Rejection("INVALID_ID", cause);
	}

}
