package dev.stratus.platform.web;

/** A backing service did not answer; the client gets 503 {@code SERVICE_UNAVAILABLE}. */
public class ServiceUnavailableException extends ApiException {

	public ServiceUnavailableException(String message) {
		super(ErrorCode.SERVICE_UNAVAILABLE, message + "; try again shortly");
	}

}
