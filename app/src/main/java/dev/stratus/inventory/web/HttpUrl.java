package dev.stratus.inventory.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An absolute http(s) URL of at most 2048 characters; {@code null} is left to {@code @NotNull}. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HttpUrl.Check.class)
@interface HttpUrl {

	String message() default "must be an http or https URL";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<HttpUrl, String> {

		private static final int MAX_LENGTH = 2048;

		@Override
		public boolean isValid(String url, ConstraintValidatorContext context) {
			if (url == null) {
				return true;
			}
			if (url.isEmpty() || url.length() > MAX_LENGTH) {
				return false;
			}
			try {
				URI uri = new URI(url);
				return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
						&& uri.getHost() != null;
			}
			catch (URISyntaxException malformed) {
				return false;
			}
		}

	}

}
