package dev.stratus.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/** The id of the request being served, as the client sent it when sane, else a new one. */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String MDC_KEY = "requestId";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private RequestIds() {
	}

	static String accept(@Nullable String inbound) {
		return inbound != null && SANE.matcher(inbound).matches() ? inbound : UUID.randomUUID().toString();
	}

	/** The current request's id; outside a request (background work) a fresh one. */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return id != null ? id : UUID.randomUUID().toString();
	}

}
