package dev.stratus.platform.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** The contract's optional {@code Idempotency-Key} header, shared by every route that honours one. */
public final class IdempotencyKeys {

	public static final String HEADER = "Idempotency-Key";

	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private IdempotencyKeys() {
	}

	/** Adds a problem named for the header to {@code problems} unless the key is absent or well formed. */
	public static void check(@Nullable String key, BindingResult problems) {
		if (key != null && !SANE.matcher(key).matches()) {
			RequestProblems.reject(problems, HEADER, "must be 1 to 128 letters, digits or . _ : -");
		}
	}

}
