package dev.stratus.platform.health;

import java.net.InetSocketAddress;
import java.net.Socket;

import dev.stratus.platform.cloud.LocalCloudConnection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/** The checks {@code GET /api/health} runs: the cheapest real call each service answers. */
@Configuration(proxyBeanMethods = false)
class BackingServices {

	@Bean
	BackingService dynamodbCheck(DynamoDbClient dynamo) {
		return BackingService.of("dynamodb", () -> dynamo.listTables(b -> b.limit(1)));
	}

	@Bean
	BackingService queueCheck(SqsClient sqs) {
		return BackingService.of("queue", () -> sqs.listQueues(b -> b.maxResults(1)));
	}

	@Bean
	BackingService storageCheck(S3Client s3) {
		return BackingService.of("storage", s3::listBuckets);
	}

	@Bean
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
	BackingService mailCheck(LocalCloudConnection cloud) {
		return BackingService.of("mail", () -> {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(cloud.endpoints().mailHost(), cloud.endpoints().smtpPort()), 1000);
			}
		});
	}

	@Bean
	@ConditionalOnProperty(name = "stratus.mode", havingValue = "aws")
	BackingService notificationsCheck(SnsClient sns) {
		return BackingService.of("notifications", sns::listTopics);
	}

}
