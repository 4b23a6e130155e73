package dev.stratus.fleet.internal;

import java.util.List;
import java.util.function.Function;

import dev.stratus.platform.web.PageTokens;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/** Builds the module's EC2 adapter over clients a test chose, for the fleet's contract against other endpoints. */
public final class Ec2Fleets {

	private Ec2Fleets() {
	}

	/** The adapter the app would build, but over these clients; closing it closes them. */
	public static Ec2Fleet over(Function<String, Ec2Client> ec2, Function<String, CloudWatchClient> cloudWatch,
			PageTokens tokens, List<String> regions) {
		return new Ec2Fleet(ec2, cloudWatch, false, tokens, regions);
	}

}
