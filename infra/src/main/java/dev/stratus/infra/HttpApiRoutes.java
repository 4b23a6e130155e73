package dev.stratus.infra;

import java.util.List;

import io.github.cdklabs.cdknag.NagSuppressions;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpApiProps;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.HttpStageOptions;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IHttpRouteAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.LogGroupProps;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The HTTP API in front of the API function. Every {@code /api} route needs a Cognito ID token (checked by the
 * authorizer, and again by the app) except the public routes of docs/API.md and the API-key routes.
 * <p>
 * API keys (seed 004): an HTTP API has no usage plans, and a REST API's usage plan would be a second key store
 * beside the app's own. The app already checks every {@code X-Api-Key} itself (an HMAC of the key, its scopes
 * {@code customers:read}/{@code customers:write}, expiry, revocation within 5 s, a per-minute rate and a daily
 * quota shared through DynamoDB: docs/API.md, "API keys"), so those routes pass the gateway without the
 * authorizer and the app's check is the usage plan. The stage's throttle bounds what any caller can send first.
 */
final class HttpApiRoutes {

	/** Open routes: health, sign-in and sign-up, the JWKS, product images for an img tag, the API docs. */
	static final List<String> PUBLIC = List.of("/api/health", "/api/auth/register", "/api/auth/confirm",
			"/api/auth/resend-code", "/api/auth/login", "/api/auth/refresh", "/api/auth/forgot-password",
			"/api/auth/reset-password", "/api/auth/.well-known/jwks.json", "/api/products/{id}/image", "/docs",
			"/docs/{proxy+}");

	/** The routes machine clients reach with {@code X-Api-Key} (also with a token): the app checks either. */
	static final List<String> API_KEY = List.of("/api/customers", "/api/customers/{proxy+}");

	static final String SIGNED_IN = "/api/{proxy+}";

	private final HttpApi api;

	HttpApiRoutes(Construct scope, Alias function, IdentityStack identity) {
		HttpLambdaIntegration integration = new HttpLambdaIntegration("Api", function);
		api = new HttpApi(scope, "HttpApi", HttpApiProps.builder()
			.apiName(Names.physical("api"))
			.createDefaultStage(false)
			.build());
		LogGroup accessLogs = new LogGroup(scope, "HttpApiAccessLogs", LogGroupProps.builder()
			.retention(RetentionDays.THREE_MONTHS)
			.removalPolicy(RemovalPolicy.DESTROY)
			.build());
		HttpStage stage = api.addStage("DefaultStage", HttpStageOptions.builder()
			.stageName("$default")
			.autoDeploy(true)
			.detailedMetricsEnabled(true)
			.throttle(ThrottleSettings.builder().rateLimit(500).burstLimit(1000).build())
			.accessLogSettings(new IAccessLogSettings() {
				@Override
				public LogGroupLogDestination getDestination() {
					return new LogGroupLogDestination(accessLogs);
				}

				@Override
				public AccessLogFormat getFormat() {
					return AccessLogFormat.jsonWithStandardFields();
				}
			})
			.build());
		IHttpRouteAuthorizer signedIn = new HttpUserPoolAuthorizer("Cognito", identity.users(),
				HttpUserPoolAuthorizerProps.builder()
					.userPoolClients(List.of(identity.client()))
					.identitySource(List.of("$request.header.Authorization"))
					.build());
		route(SIGNED_IN, integration, signedIn);
		PUBLIC.forEach(path -> route(path, integration, new HttpNoneAuthorizer()));
		API_KEY.forEach(path -> route(path, integration, new HttpNoneAuthorizer()));
		NagSuppressions.addResourceSuppressions(api, List.of(Nag.suppression("APIG4", "Only the public routes of "
				+ "docs/API.md (health, sign-in and sign-up, JWKS, product images, API docs) and the API-key routes "
				+ "/api/customers/** have no authorizer: the app checks API keys itself (see HttpApiRoutes); every "
				+ "other /api route needs a Cognito ID token")), true);
	}

	HttpApi api() {
		return api;
	}

	private void route(String path, HttpLambdaIntegration integration, IHttpRouteAuthorizer authorizer) {
		api.addRoutes(AddRoutesOptions.builder()
			.path(path)
			.methods(List.of(HttpMethod.ANY))
			.integration(integration)
			.authorizer(authorizer)
			.build());
	}

}
