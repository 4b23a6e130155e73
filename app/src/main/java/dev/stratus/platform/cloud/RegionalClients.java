package dev.stratus.platform.cloud;

import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * Builds clients for services that a module reads region by region (EC2 and CloudWatch for the fleet),
 * with the same profile (endpoints, credentials) and timeouts as the app's other clients, the region
 * given. The local cloud tells regions apart by the request's signature, so every region shares one
 * local endpoint.
 * The caller owns (and closes) what it builds.
 */
public final class RegionalClients {

	private final AwsClients.CloudTarget target;

	RegionalClients(AwsClients.CloudTarget target) {
		this.target = target;
	}

	/** Whether the clients reach the local cloud's simulated services rather than AWS. */
	public boolean isLocal() {
		return target.isLocal();
	}

	public Ec2Client ec2(String region) {
		return target.configure(Ec2Client.builder()).region(Region.of(region)).build();
	}

	public CloudWatchClient cloudWatch(String region) {
		return target.configure(CloudWatchClient.builder()).region(Region.of(region)).build();
	}

}
