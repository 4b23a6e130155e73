package dev.stratus.platform.cloud;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import dev.stratus.localcloud.Endpoints;
import org.slf4j.Logger;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * The local cloud as an AWS config profile, the way a user would write it in {@code ~/.aws/config}:
 * its region and keys, and each service's own port in a {@code services} section. The app talks to
 * the services' ports rather than the gateway, as every DynamoDB call is on its hot path.
 */
final class LocalProfile {

	static final String NAME = "stratus-local";

	private LocalProfile() {
	}

	static ProfileFile of(Endpoints endpoints) {
		var config = new StringBuilder().append("[profile ").append(NAME).append("]\n")
			.append("region = ").append(Endpoints.REGION).append('\n')
			.append("aws_access_key_id = ").append(Endpoints.ACCESS_KEY).append('\n')
			.append("aws_secret_access_key = ").append(Endpoints.SECRET_KEY).append('\n')
			.append("services = ").append(NAME).append("\n\n")
			.append("[services ").append(NAME).append("]\n");
		// Keyed by the SDK's service ids, as in AWS_ENDPOINT_URL_<ID>.
		Map<String, URI> services = new LinkedHashMap<>();
		services.put("dynamodb", endpoints.dynamodb());
		services.put("sqs", endpoints.sqs());
		services.put("s3", endpoints.s3());
		services.put("ec2", endpoints.ec2());
		services.put("cloudwatch", endpoints.cloudwatch());
		services.forEach((service, endpoint) -> config.append(service)
			.append(" =\n  endpoint_url = ")
			.append(endpoint)
			.append('\n'));
		return ProfileFile.builder().content(config.toString()).type(ProfileFile.Type.CONFIGURATION).build();
	}

	/**
	 * The SDK ranks environment variables above any profile, so {@code AWS_*} settings left in the
	 * shell (say by {@code eval "$(./stratus env)"}) would lead the app elsewhere or sign with other keys.
	 * {@code ./stratus run} clears them in local mode; anything else starting the app is told.
	 */
	static void warnAboutOverrides(Map<String, String> environment, Logger log) {
		var overrides = new TreeSet<String>();
		environment.keySet()
			.stream()
			.filter(name -> name.startsWith("AWS_ENDPOINT_URL") || name.equals("AWS_ACCESS_KEY_ID")
					|| name.equals("AWS_REGION"))
			.forEach(overrides::add);
		if (!overrides.isEmpty()) {
			log.atWarn()
				.addKeyValue("variables", String.join(",", overrides))
				.log("Local mode, yet {} are set: the AWS SDK lets them override the local cloud's settings; "
						+ "unset them unless they name this local cloud", overrides);
		}
	}

}
