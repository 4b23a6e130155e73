package dev.stratus.localcloud;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The region and service a SigV4 request is signed for, read from its credential scope
 * ({@code <key>/20250101/eu-west-1/ec2/aws4_request}): in the {@code Authorization} header, or in the
 * {@code X-Amz-Credential} query parameter of a presigned URL. AWS routes by endpoint; the local cloud
 * reads this instead. The signature itself is not checked here: the local credentials are public anyway.
 */
record CredentialScope(String region, String service) {

	private static final Pattern IN_HEADER = Pattern
		.compile("Credential=[^/,\\s]+/\\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");

	private static final Pattern IN_QUERY = Pattern.compile("(?:^|&)X-Amz-Credential=([^&]*)",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SCOPE = Pattern.compile("[^/]+/\\d{8}/([a-z0-9-]+)/([a-z0-9-]+)/aws4_request");

	/** The scope of the {@code Authorization} header, else of the query's {@code X-Amz-Credential}. */
	static Optional<CredentialScope> of(@Nullable String authorization, @Nullable String query) {
		if (authorization != null) {
			Matcher matcher = IN_HEADER.matcher(authorization);
			if (matcher.find()) {
				return Optional.of(new CredentialScope(matcher.group(1), matcher.group(2)));
			}
		}
		if (query != null) {
			Matcher parameter = IN_QUERY.matcher(query);
			if (parameter.find()) {
				Matcher scope = SCOPE.matcher(URLDecoder.decode(parameter.group(1), StandardCharsets.UTF_8));
				if (scope.matches()) {
					return Optional.of(new CredentialScope(scope.group(1), scope.group(2)));
				}
			}
		}
		return Optional.empty();
	}

}
