package dev.stratus.localcloud;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.assertj.core.api.Assertions.assertThat;

/** The local cloud speaks each service's real protocol to the unchanged AWS SDK, SMTP and IMAP. */
class LocalCloudTests {

	private static LocalCloud cloud;

	private static final StaticCredentialsProvider CREDENTIALS = StaticCredentialsProvider
		.create(AwsBasicCredentials.create(Endpoints.ACCESS_KEY, Endpoints.SECRET_KEY));

	@BeforeAll
	static void start() {
		cloud = LocalCloud.start(LocalCloudConfig.inMemory());
	}

	@AfterAll
	static void stop() {
		if (cloud != null) {
			cloud.close();
		}
	}

	@Test
	void servesDynamoDbTablesAndItems() {
		try (DynamoDbClient dynamo = dynamo(cloud.endpoints())) {
			Sdk.createTable(dynamo, "things", "PK");
			dynamo.putItem(b -> b.tableName("things").item(Map.of("PK", s("a"), "value", s("1"))));
			assertThat(dynamo.listTables().tableNames()).contains("things");
			assertThat(dynamo.getItem(b -> b.tableName("things").key(Map.of("PK", s("a")))).item())
				.containsEntry("value", s("1"));
		}
	}

	@Test
	void movesAMessageToItsDeadLetterQueueAfterMaxReceives() {
		try (SqsClient sqs = SqsClient.builder()
			.endpointOverride(cloud.endpoints().sqs())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build()) {
			String dlq = sqs.createQueue(b -> b.queueName("work-dlq")).queueUrl();
			String dlqArn = sqs.getQueueAttributes(b -> b.queueUrl(dlq).attributeNames(QueueAttributeName.QUEUE_ARN))
				.attributes()
				.get(QueueAttributeName.QUEUE_ARN);
			String queue = sqs.createQueue(b -> b.queueName("work")
				.attributes(Map.of(QueueAttributeName.VISIBILITY_TIMEOUT, "0", QueueAttributeName.REDRIVE_POLICY,
						"{\"maxReceiveCount\":\"2\",\"deadLetterTargetArn\":\"" + dlqArn + "\"}")))
				.queueUrl();
			sqs.sendMessage(b -> b.queueUrl(queue).messageBody("poison"));

			int receives = 0;
			Instant deadline = Instant.now().plusSeconds(10);
			while (receives < 2 && Instant.now().isBefore(deadline)) {
				receives += sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(1)).messages().size();
			}
			// As on AWS, the move happens at the receive after the last allowed one.
			List<software.amazon.awssdk.services.sqs.model.Message> deadLetters = List.of();
			while (deadLetters.isEmpty() && Instant.now().isBefore(deadline)) {
				receives += sqs.receiveMessage(b -> b.queueUrl(queue)).messages().size();
				deadLetters = sqs.receiveMessage(b -> b.queueUrl(dlq).waitTimeSeconds(1)).messages();
			}

			assertThat(receives).isEqualTo(2);
			assertThat(deadLetters).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("poison"));
		}
	}

	@Test
	void presignedUrlsWorkWithPlainHttp() throws Exception {
		URI s3Endpoint = cloud.endpoints().s3();
		try (S3Client s3 = S3Client.builder()
			.endpointOverride(s3Endpoint)
			.forcePathStyle(true)
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
				S3Presigner presigner = S3Presigner.builder()
					.endpointOverride(s3Endpoint)
					.serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
					.region(Region.US_EAST_1)
					.credentialsProvider(CREDENTIALS)
					.build()) {
			s3.createBucket(b -> b.bucket("images"));
			URI put = presigner
				.presignPutObject(b -> b.signatureDuration(Duration.ofMinutes(5))
					.putObjectRequest(o -> o.bucket("images").key("a.txt")))
				.url()
				.toURI();
			URI get = presigner
				.presignGetObject(b -> b.signatureDuration(Duration.ofMinutes(5))
					.getObjectRequest(o -> o.bucket("images").key("a.txt")))
				.url()
				.toURI();
			HttpClient http = HttpClient.newHttpClient();

			int putStatus = http
				.send(HttpRequest.newBuilder(put).PUT(HttpRequest.BodyPublishers.ofString("hello")).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
			HttpResponse<String> read = http.send(HttpRequest.newBuilder(get).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(putStatus).isEqualTo(200);
			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).isEqualTo("hello");
		}
	}

	@Test
	void keepsMailReadableOverImapWithTheAddressAsPassword() throws Exception {
		Endpoints endpoints = cloud.endpoints();
		Properties props = new Properties();
		props.put("mail.smtp.host", endpoints.mailHost());
		props.put("mail.smtp.port", Integer.toString(endpoints.smtpPort()));
		Session session = Session.getInstance(props);
		MimeMessage message = new MimeMessage(session);
		message.setFrom("stratus@stratus.local");
		message.setRecipient(Message.RecipientType.TO, new InternetAddress("ada@example.com"));
		message.setSubject("Your code");
		message.setText("123456");
		Transport.send(message);

		var store = session.getStore("imap");
		store.connect(endpoints.mailHost(), endpoints.imapPort(), "ada@example.com", "ada@example.com");
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			assertThat(inbox.getMessages()).singleElement()
				.satisfies(m -> assertThat(m.getSubject()).isEqualTo("Your code"));
		}
		finally {
			store.close();
		}
	}

	@Test
	void keepsTablesItemsAndObjectsAcrossARestart(@TempDir Path dataDir) {
		var persistent = LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any());
		try (LocalCloud first = LocalCloud.start(persistent); DynamoDbClient dynamo = dynamo(first.endpoints());
				S3Client s3 = s3(first.endpoints())) {
			Sdk.createTable(dynamo, "kept", "PK");
			dynamo.putItem(b -> b.tableName("kept").item(Map.of("PK", s("x"), "value", s("survives"))));
			s3.createBucket(b -> b.bucket("kept"));
			s3.putObject(b -> b.bucket("kept").key("k"), RequestBody.fromString("object survives"));
		}

		try (LocalCloud second = LocalCloud.start(persistent); DynamoDbClient dynamo = dynamo(second.endpoints());
				S3Client s3 = s3(second.endpoints())) {
			assertThat(dynamo.getItem(b -> b.tableName("kept").key(Map.of("PK", s("x")))).item())
				.containsEntry("value", s("survives"));
			assertThat(s3.getObjectAsBytes(b -> b.bucket("kept").key("k")).asUtf8String()).isEqualTo("object survives");
		}
	}

	@Test
	void keepsTheFleetsStateAndPutMetricsAcrossARestart(@TempDir Path dataDir) {
		var persistent = LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any());
		String webId;
		try (LocalCloud first = LocalCloud.start(persistent);
				var ec2 = FleetFixture.ec2Client(first.endpoints().ec2(), "us-east-1");
				var cloudWatch = FleetFixture.cloudWatchClient(first.endpoints().cloudwatch(), "us-east-1")) {
			webId = ec2.describeInstances(b -> b.filters(f -> f.name("tag:Name").values("web-1")))
				.reservations().get(0).instances().get(0).instanceId();
			ec2.stopInstances(b -> b.instanceIds(webId));
			cloudWatch.putMetricData(b -> b.namespace("Stratus/Test").metricData(d -> d.metricName("Kept").value(1.0)));
		}

		try (LocalCloud second = LocalCloud.start(persistent);
				var ec2 = FleetFixture.ec2Client(second.endpoints().ec2(), "us-east-1");
				var cloudWatch = FleetFixture.cloudWatchClient(second.endpoints().cloudwatch(), "us-east-1")) {
			var web = ec2.describeInstances(b -> b.instanceIds(webId)).reservations().get(0).instances().get(0);

			assertThat(web.state().nameAsString()).isIn("stopping", "stopped");
			assertThat(cloudWatch.listMetrics(b -> b.namespace("Stratus/Test")).metrics())
				.singleElement()
				.satisfies(m -> assertThat(m.metricName()).isEqualTo("Kept"));
		}
	}

	@Test
	void keepsQueuedMessagesAcrossARestart(@TempDir Path dataDir) {
		var persistent = LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any());
		try (LocalCloud first = LocalCloud.start(persistent); SqsClient sqs = Sdk.sqs(first.endpoints().sqs())) {
			String queue = sqs.createQueue(b -> b.queueName("orders")).queueUrl();
			sqs.sendMessage(b -> b.queueUrl(queue).messageBody("order 42"));
		}

		try (LocalCloud second = LocalCloud.start(persistent); SqsClient sqs = Sdk.sqs(second.endpoints().sqs())) {
			String queue = sqs.getQueueUrl(b -> b.queueName("orders")).queueUrl();
			var received = sqs.receiveMessage(b -> b.queueUrl(queue).waitTimeSeconds(5)).messages();

			assertThat(received).singleElement().satisfies(m -> assertThat(m.body()).isEqualTo("order 42"));
		}
	}

	@Test
	void keepsDeliveredMailAcrossARestart(@TempDir Path dataDir) throws Exception {
		var persistent = LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any());
		try (LocalCloud first = LocalCloud.start(persistent)) {
			send(first.endpoints(), "grace@example.com", "Kept across a restart");
		}

		try (LocalCloud second = LocalCloud.start(persistent)) {
			assertThat(subjects(second.endpoints(), "grace@example.com")).containsExactly("Kept across a restart");
		}
	}

	@Test
	void keepsItsStateReadableByItsOwnerOnly(@TempDir Path parent) throws Exception {
		Path dataDir = parent.resolve("data");
		try (LocalCloud started = LocalCloud.start(
				LocalCloudConfig.persistent(dataDir, LocalCloudConfig.Ports.any()))) {
			send(started.endpoints(), "ada@example.com", "Your code");

			for (String service : List.of("", "dynamodb", "sqs", "s3", "ec2", "mail")) {
				assertThat(java.nio.file.Files.getPosixFilePermissions(dataDir.resolve(service)))
					.as(service)
					.isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
			}
		}
	}

	@Test
	void refusesABusyPortWithAnActionableMessage() {
		int busy = cloud.endpoints().sqs().getPort();
		var config = new LocalCloudConfig(java.util.Optional.empty(),
				new LocalCloudConfig.Ports(0, 0, busy, 0, 0, 0, 0, 0),
				LocalCloudConfig.Network.loopback());

		org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalCloud.start(config))
			.isInstanceOf(LocalCloudException.class)
			.hasMessageContaining("Port " + busy)
			.hasMessageContaining("STRATUS_*_PORT");
	}

	@Test
	void refusesABusyGatewayPortBeforeStartingAnyService() {
		int busy = cloud.endpoints().gateway().getPort();
		var config = new LocalCloudConfig(java.util.Optional.empty(),
				new LocalCloudConfig.Ports(busy, 0, 0, 0, 0, 0, 0, 0), LocalCloudConfig.Network.loopback());

		// The gateway binds last, and with 0 it binds a free port itself; a fixed one is checked first.
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> LocalCloud.start(config))
			.isInstanceOf(LocalCloudException.class)
			.hasMessageContaining("Port " + busy + " for the gateway is in use");
	}

	private static void send(Endpoints endpoints, String to, String subject) throws Exception {
		Properties props = new Properties();
		props.put("mail.smtp.host", endpoints.mailHost());
		props.put("mail.smtp.port", Integer.toString(endpoints.smtpPort()));
		MimeMessage message = new MimeMessage(Session.getInstance(props));
		message.setFrom("stratus@stratus.local");
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		message.setSubject(subject);
		message.setText("body");
		Transport.send(message);
	}

	private static List<String> subjects(Endpoints endpoints, String address) throws Exception {
		var store = Session.getInstance(new Properties()).getStore("imap");
		store.connect(endpoints.mailHost(), endpoints.imapPort(), address, address);
		try {
			Folder inbox = store.getFolder("INBOX");
			inbox.open(Folder.READ_ONLY);
			List<String> subjects = new java.util.ArrayList<>();
			for (Message message : inbox.getMessages()) {
				subjects.add(message.getSubject());
			}
			return subjects;
		}
		finally {
			store.close();
		}
	}

	private static DynamoDbClient dynamo(Endpoints endpoints) {
		return DynamoDbClient.builder()
			.endpointOverride(endpoints.dynamodb())
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	private static S3Client s3(Endpoints endpoints) {
		return S3Client.builder()
			.endpointOverride(endpoints.s3())
			.forcePathStyle(true)
			.region(Region.US_EAST_1)
			.credentialsProvider(CREDENTIALS)
			.build();
	}

	private static AttributeValue s(String value) {
		return AttributeValue.fromS(value);
	}

}
