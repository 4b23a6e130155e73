package dev.stratus.localcloud;

/** A local service could not start or stop; the message says what to do about it. */
public class LocalCloudException extends RuntimeException {

	public LocalCloudException(String message) {
		super(message);
	}

	public LocalCloudException(String message, Throwable cause) {
		super(message, cause);
	}

}
