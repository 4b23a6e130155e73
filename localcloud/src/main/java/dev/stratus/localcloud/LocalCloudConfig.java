package dev.stratus.localcloud;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start the local cloud.
 *
 * @param dataDir where state is kept across restarts; empty keeps everything in memory (tests)
 * @param ports the port of each service; 0 picks a free one
 */
public record LocalCloudConfig(Optional<Path> dataDir, Ports ports) {

	public record Ports(int dynamodb, int sqs, int s3, int smtp, int imap) {

		public static Ports any() {
			return new Ports(0, 0, 0, 0, 0);
		}

		public static Ports defaults() {
			return new Ports(8000, 9324, 9000, 3025, 3143);
		}

	}

	public static LocalCloudConfig inMemory() {
		return new LocalCloudConfig(Optional.empty(), Ports.any());
	}

	public static LocalCloudConfig persistent(Path dataDir, Ports ports) {
		return new LocalCloudConfig(Optional.of(dataDir), ports);
	}

	Optional<Path> dir(String service) {
		return dataDir.map(dir -> dir.resolve(service));
	}

}
