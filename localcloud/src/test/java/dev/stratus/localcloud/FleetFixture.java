package dev.stratus.localcloud;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * The simulated EC2 and CloudWatch endpoints alone, over a fresh fleet on a clock the test moves: cheap
 * enough to start one per test, unlike the whole local cloud.
 */
final class FleetFixture implements AutoCloseable {

	/** A Wednesday afternoon, so the daily CPU rhythm is well up. */
	static final Instant FIRST_START = Instant.parse("2026-03-04T14:20:00Z");

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY));

	final MutableClock clock = new MutableClock(FIRST_START);

	final Fleet fleet;

	private final Ec2Server ec2;

	private final CloudWatchServer cloudWatch;

	FleetFixture() {
		this(Optional.empty());
	}

	FleetFixture(Optional<Path> dataDir) {
		var network = LocalCloudConfig.Network.loopback();
		fleet = Fleet.open(dataDir.map(d -> d.resolve("ec2")), clock);
		ec2 = Ec2Server.start(network, 0, fleet);
		cloudWatch = CloudWatchServer.start(network, 0,
				new CloudWatchActions(fleet, CustomMetrics.open(dataDir.map(d -> d.resolve("cloudwatch")))));
	}

	URI ec2Endpoint() {
		return ec2.endpoint();
	}

	URI cloudWatchEndpoint() {
		return cloudWatch.endpoint();
	}

	Ec2Client ec2(String region) {
		return ec2Client(ec2.endpoint(), region);
	}

	CloudWatchClient cloudWatch(String region) {
		return cloudWatchClient(cloudWatch.endpoint(), region);
	}

	static Ec2Client ec2Client(URI endpoint, String region) {
		return Ec2Client.builder()
			.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	static CloudWatchClient cloudWatchClient(URI endpoint, String region) {
		return CloudWatchClient.builder()
			.endpointOverride(endpoint)
			.region(Region.of(region))
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	@Override
	public void close() {
		ec2.close();
		cloudWatch.close();
	}

}
