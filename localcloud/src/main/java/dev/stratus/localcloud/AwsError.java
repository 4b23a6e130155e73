package dev.stratus.localcloud;

import org.slf4j.Logger;

/**
 * A refusal as AWS words it: {@code code} is what the SDK reports as
 * {@code awsErrorDetails().errorCode()}, the message is for the person reading it.
 */
final class AwsError extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String code;

	AwsError(String code, String message) {
		super(message, null, false, false);
		this.code = code;
	}

	static AwsError invalidParameter(String message) {
		return new AwsError("InvalidParameterValue", message);
	}

	String code() {
		return code;
	}

	/** Logs the refusal at info: a client's mistake, not the service's. */
	void log(Logger log, String service, String operation, String region) {
		log.atInfo()
			.addKeyValue("operation", operation)
			.addKeyValue("region", region)
			.addKeyValue("code", code)
			.log("The simulated {} refused {}: {}", service, operation, getMessage());
	}

}
