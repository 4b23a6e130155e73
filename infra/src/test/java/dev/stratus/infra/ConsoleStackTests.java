package dev.stratus.infra;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The console is served from a private bucket through CloudFront, with the API on the same origin. */
class ConsoleStackTests {

	private final Template template = Synthesized.template(Synthesized.stacks().stacks.console());

	@Test
	void readsThePrivateBucketThroughOriginAccessControl() {
		template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
		template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
				"DistributionConfig", Match.objectLike(Map.of(
						"DefaultRootObject", "index.html",
						"Origins", Match.arrayWith(List.of(Match.objectLike(Map.of(
								"OriginAccessControlId", Match.anyValue(),
								"S3OriginConfig", Map.of("OriginAccessIdentity", ""))))),
						"Logging", Match.objectLike(Map.of("Bucket", Match.anyValue())))))));
		template.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
				"PublicAccessBlockConfiguration", Map.of("BlockPublicAcls", true, "BlockPublicPolicy", true,
						"IgnorePublicAcls", true, "RestrictPublicBuckets", true))));
	}

	@Test
	void fallsBackToIndexHtmlForConsoleRoutesOnly() {
		template.hasResourceProperties("AWS::CloudFront::Function", Match.objectLike(Map.of(
				"FunctionCode", ConsoleStack.SPA_FALLBACK)));
		template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
				"DistributionConfig", Match.objectLike(Map.of(
						"CustomErrorResponses", Match.absent(),
						"DefaultCacheBehavior", Match.objectLike(Map.of("FunctionAssociations", List.of(
								Match.objectLike(Map.of("EventType", "viewer-request"))))))))));
	}

	@Test
	void sendsApiCallsToTheHttpApiUncached() {
		template.hasResourceProperties("AWS::CloudFront::Distribution", Match.objectLike(Map.of(
				"DistributionConfig", Match.objectLike(Map.of(
						"CacheBehaviors", Match.arrayWith(List.of(Match.objectLike(Map.of(
								"PathPattern", "/api/*",
								"AllowedMethods", Match.arrayWith(List.of("POST", "DELETE")),
								"ViewerProtocolPolicy", "https-only")))))))));
	}

	@Test
	void addsSecurityHeaders() {
		template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", Match.objectLike(Map.of(
				"ResponseHeadersPolicyConfig", Match.objectLike(Map.of("SecurityHeadersConfig", Match.objectLike(Map.of(
						"ContentSecurityPolicy", Match.objectLike(Map.of("Override", true)),
						"StrictTransportSecurity", Match.objectLike(Map.of("AccessControlMaxAgeSec", 31536000)),
						"FrameOptions", Map.of("FrameOption", "DENY", "Override", true))))))));
	}

}
