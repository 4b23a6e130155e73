package dev.stratus.localcloud;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The AWS settings file that {@code ./stratus env} prints: there while the local cloud runs. */
class EnvFileTests {

	private static final Endpoints ENDPOINTS = Endpoints.parse("gateway=http://127.0.0.1:4566,"
			+ "dynamodb=http://127.0.0.1:8000,sqs=http://127.0.0.1:9324,s3=http://127.0.0.1:9000,"
			+ "ec2=http://127.0.0.1:9100,cloudwatch=http://127.0.0.1:9200,smtp=127.0.0.1:3025,imap=127.0.0.1:3143");

	@TempDir
	Path dataDir;

	@Test
	void pointsTheSdksAtTheGateway() throws Exception {
		try (var file = EnvFile.write(dataDir, ENDPOINTS)) {
			assertThat(Files.readString(dataDir.resolve(EnvFile.NAME)))
				.startsWith("export AWS_ENDPOINT_URL=" + URI.create("http://127.0.0.1:4566") + "\n");
		}
	}

	@Test
	void replacesOneLeftBehindByACrash() throws Exception {
		Files.writeString(dataDir.resolve(EnvFile.NAME), "export AWS_ENDPOINT_URL=http://127.0.0.1:1\n");

		try (var file = EnvFile.write(dataDir, ENDPOINTS)) {
			assertThat(Files.readString(dataDir.resolve(EnvFile.NAME))).doesNotContain(":1\n");
		}
	}

	@Test
	void isRemovedWhenTheLocalCloudStops() {
		EnvFile.write(dataDir, ENDPOINTS).close();

		assertThat(dataDir.resolve(EnvFile.NAME)).doesNotExist();
		assertThat(dataDir).isEmptyDirectory();
	}

}
