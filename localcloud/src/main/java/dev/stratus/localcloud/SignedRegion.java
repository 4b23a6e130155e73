package dev.stratus.localcloud;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The region a request is for, read from its SigV4 {@code Authorization} header's credential scope
 * ({@code Credential=AKID/20250101/eu-west-1/ec2/aws4_request}), as AWS routes by endpoint. The
 * signature itself is not checked: the local credentials are public anyway.
 */
final class SignedRegion {

	private static final Pattern SCOPE = Pattern.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/");

	private SignedRegion() {
	}

	static String of(@Nullable String authorization) {
		if (authorization == null) {
			return Endpoints.REGION;
		}
		Matcher matcher = SCOPE.matcher(authorization);
		return matcher.find() ? matcher.group(1) : Endpoints.REGION;
	}

}
