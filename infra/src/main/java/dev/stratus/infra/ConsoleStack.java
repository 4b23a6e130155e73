package dev.stratus.infra;

import java.util.List;
import java.util.Map;

import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.CfnOutputProps;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Fn;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.cloudfront.AllowedMethods;
import software.amazon.awscdk.services.cloudfront.BehaviorOptions;
import software.amazon.awscdk.services.cloudfront.CachePolicy;
import software.amazon.awscdk.services.cloudfront.Distribution;
import software.amazon.awscdk.services.cloudfront.DistributionProps;
import software.amazon.awscdk.services.cloudfront.FunctionCode;
import software.amazon.awscdk.services.cloudfront.FunctionEventType;
import software.amazon.awscdk.services.cloudfront.FunctionAssociation;
import software.amazon.awscdk.services.cloudfront.FunctionProps;
import software.amazon.awscdk.services.cloudfront.FunctionRuntime;
import software.amazon.awscdk.services.cloudfront.HeadersFrameOption;
import software.amazon.awscdk.services.cloudfront.HeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.OriginProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.OriginRequestPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentSecurityPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersContentTypeOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersFrameOptions;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersPolicyProps;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersReferrerPolicy;
import software.amazon.awscdk.services.cloudfront.ResponseHeadersStrictTransportSecurity;
import software.amazon.awscdk.services.cloudfront.ResponseSecurityHeadersBehavior;
import software.amazon.awscdk.services.cloudfront.ViewerProtocolPolicy;
import software.amazon.awscdk.services.cloudfront.origins.HttpOrigin;
import software.amazon.awscdk.services.cloudfront.origins.HttpOriginProps;
import software.amazon.awscdk.services.cloudfront.origins.S3BucketOrigin;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.s3.deployment.BucketDeployment;
import software.amazon.awscdk.services.s3.deployment.BucketDeploymentProps;
import software.amazon.awscdk.services.s3.deployment.Source;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The web console on S3 behind CloudFront (origin access control, so the bucket stays private), with the API
 * under the same origin ({@code /api/*} and {@code /docs*} go to the HTTP API): the console calls {@code /api}
 * on its own origin as it does locally, and needs no CORS.
 */
public final class ConsoleStack extends Stack {

	/**
	 * The single-page app's fallback, on the console's behaviour only: a path without a file extension is a
	 * client-side route and gets index.html. (A distribution-wide 404 error page would also rewrite the API's
	 * own 404 envelopes.)
	 */
	static final String SPA_FALLBACK = "function handler(event) { var request = event.request; "
			+ "if (request.uri.indexOf('.') === -1) { request.uri = '/index.html'; } return request; }";

	private final Distribution distribution;

	private final Bucket site;

	ConsoleStack(Construct scope, String id, StackProps props, InfraSettings settings, DataStack data,
			ApiStack api) {
		super(scope, id, props);
		SecureBuckets secure = new SecureBuckets(this);
		site = secure.create("Site", SecureBuckets.props());
		HttpOrigin apiOrigin = new HttpOrigin(Fn.select(2, Fn.split("/", api.http().api().getApiEndpoint())),
				HttpOriginProps.builder().protocolPolicy(OriginProtocolPolicy.HTTPS_ONLY).build());
		BehaviorOptions toApi = BehaviorOptions.builder()
			.origin(apiOrigin)
			.viewerProtocolPolicy(ViewerProtocolPolicy.HTTPS_ONLY)
			.allowedMethods(AllowedMethods.ALLOW_ALL)
			.cachePolicy(CachePolicy.CACHING_DISABLED)
			.originRequestPolicy(OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER)
			.build();
		distribution = new Distribution(this, "Distribution", DistributionProps.builder()
			.comment("Stratus console and API")
			.defaultRootObject("index.html")
			.defaultBehavior(BehaviorOptions.builder()
				.origin(S3BucketOrigin.withOriginAccessControl(site))
				.viewerProtocolPolicy(ViewerProtocolPolicy.REDIRECT_TO_HTTPS)
				.cachePolicy(CachePolicy.CACHING_OPTIMIZED)
				.responseHeadersPolicy(securityHeaders(data))
				.functionAssociations(List.of(FunctionAssociation.builder()
					.eventType(FunctionEventType.VIEWER_REQUEST)
					.function(new software.amazon.awscdk.services.cloudfront.Function(this, "SpaFallback",
							FunctionProps.builder()
								.code(FunctionCode.fromInline(SPA_FALLBACK))
								.runtime(FunctionRuntime.JS_2_0)
								.build()))
					.build()))
				.build())
			.additionalBehaviors(Map.of("/api/*", toApi, "/docs*", toApi))
			.enableLogging(true)
			.logBucket(secure.logs())
			.logFilePrefix("cloudfront/")
			.build());
		new BucketDeployment(this, "Assets", BucketDeploymentProps.builder()
			.sources(List.of(Source.asset(settings.consoleAssets().toString())))
			.destinationBucket(site)
			.distribution(distribution)
			.build());
		suppressFindings();
		new CfnOutput(this, "ConsoleUrl", CfnOutputProps.builder()
			.value("https://" + distribution.getDistributionDomainName())
			.description("The console (and the API under /api); pass it back as -c consoleOrigin=... if you like")
			.build());
	}

	Distribution distribution() {
		return distribution;
	}

	Bucket site() {
		return site;
	}

	/**
	 * The app's own console policy (platform {@code ConsolePolicy}) as CloudFront headers: scripts, styles and API
	 * calls from this origin, images and presigned uploads also from the data buckets.
	 */
	private ResponseHeadersPolicy securityHeaders(DataStack data) {
		String storage = data.buckets().values().stream()
			.map(bucket -> " https://" + bucket.getBucketRegionalDomainName())
			.reduce("", String::concat);
		String policy = "default-src 'self'; script-src 'self'; img-src 'self'" + storage + "; connect-src 'self'"
				+ storage + "; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'self'; "
				+ "form-action 'self'; frame-ancestors 'none'";
		return new ResponseHeadersPolicy(this, "SecurityHeaders", ResponseHeadersPolicyProps.builder()
			.securityHeadersBehavior(ResponseSecurityHeadersBehavior.builder()
				.contentSecurityPolicy(ResponseHeadersContentSecurityPolicy.builder()
					.contentSecurityPolicy(policy)
					.override(true)
					.build())
				.strictTransportSecurity(ResponseHeadersStrictTransportSecurity.builder()
					.accessControlMaxAge(Duration.days(365))
					.includeSubdomains(true)
					.override(true)
					.build())
				.contentTypeOptions(ResponseHeadersContentTypeOptions.builder().override(true).build())
				.frameOptions(ResponseHeadersFrameOptions.builder()
					.frameOption(HeadersFrameOption.DENY)
					.override(true)
					.build())
				.referrerPolicy(ResponseHeadersReferrerPolicy.builder()
					.referrerPolicy(HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN)
					.override(true)
					.build())
				.build())
			.build());
	}

	private void suppressFindings() {
		NagSuppressions.addResourceSuppressions(distribution, List.of(
				Nag.suppression("CFR4", "The distribution uses CloudFront's default *.cloudfront.net certificate, "
						+ "whose TLS policy CloudFront sets; a custom domain with its own certificate would allow "
						+ "TLSv1.2_2021"),
				Nag.suppression("CFR1", "The console is for every country its users are in; no geographic "
						+ "restriction applies"),
				Nag.suppression("CFR2", "No WAF web ACL: the API limits every caller itself (per-user, per-address "
						+ "and sign-in limits, docs/API.md) and the stage throttles; a WAF is a cost the deployer "
						+ "can add")));
		// CDK's own deployment function (it copies the console's files into the bucket at deploy time).
		IConstruct copier = getNode().tryFindChild("Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C");
		if (copier != null) {
			NagSuppressions.addResourceSuppressions(copier, List.of(
					Nag.suppression("L1", "CDK's BucketDeployment function: its runtime is CDK's choice, pinned "
							+ "by the library"),
					Nag.suppression("IAM4", "CDK's BucketDeployment function writes its logs with "
							+ "AWSLambdaBasicExecutionRole"),
					Nag.suppression("IAM5", "CDK's BucketDeployment function copies objects into this stack's "
							+ "console bucket, whose objects it must name with a wildcard (bucket/*), and reads "
							+ "the CDK asset bucket")), true);
		}
	}

}
