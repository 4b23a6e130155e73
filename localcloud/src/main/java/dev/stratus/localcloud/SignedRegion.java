package dev.stratus.localcloud;

import org.jspecify.annotations.Nullable;

/**
 * The region a request is for, read from its SigV4 {@code Authorization} header's credential scope
 * ({@code Credential=AKID/20250101/eu-west-1/ec2/aws4_request}), as AWS routes by endpoint; the local
 * cloud's own region when the request is not signed that way.
 */
final class SignedRegion {

	private SignedRegion() {
	}

	static String of(@Nullable String authorization) {
		return CredentialScope.of(authorization, null).map(CredentialScope::region).orElse(Endpoints.REGION);
	}

}
