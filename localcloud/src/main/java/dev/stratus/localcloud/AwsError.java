package dev.stratus.localcloud;

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

}
