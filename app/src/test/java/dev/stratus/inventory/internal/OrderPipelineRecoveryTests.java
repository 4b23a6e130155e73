package dev.stratus.inventory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.jobs.DeadLetter;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.inventory.Product;
import dev.stratus.platform.jobs.JobSettings;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the order pipeline recovers from what the chaos harness does to it: messages lost with the
 * local SQS, queues lost with it, and a mail server down for a while. The test settings shorten
 * the sweep (every second, after 5 s) and the retry delays (3 s, then 1 s).
 */
@IntegrationTest
class OrderPipelineRecoveryTests extends PipelineFixture {

	@Autowired
	JobSettings orderSettings;

	@Test
	void confirmsAnOrderWhoseMessageWasLostOnceTheSweepFindsItOverdue() {
		CurrentUser buyer = buyer();
		Product lamp = product("Lost message lamp", 20);
		orderJob.relay().stop();
		Order order;
		try {
			order = orders.place(buyer, lamp.id(), 1, null).order();
			// As if the relay had sent it and the local SQS had died with the message.
			dynamo.deleteItem(b -> b.tableName("stratus-inventory")
				.key(Map.of("PK", AttributeValue.fromS("OUTBOX#" + order.id()), "SK", AttributeValue.fromS("OUTBOX"))));
		}
		finally {
			orderJob.relay().start();
		}

		// Too fresh for the sweep at start: only a later, periodic sweep can find it.
		await().atMost(Duration.ofSeconds(30)).until(() -> status(order.id()), Order.Status.CONFIRMED::equals);
		assertThat(inbox().mails(buyer.email(), "Order Confirmation - #" + order.id())).hasSize(1);
		assertThat(pendingOrders.overdue(Instant.now().plus(Duration.ofDays(1)))).doesNotContain(order.id());
	}

	@Test
	void recreatesLostQueuesWhileWaitingForMessages() {
		// Without the relay, only the worker and the dead-letter handler, polling, can notice.
		orderJob.relay().stop();
		try {
			deleteQueues();

			await().until(() -> queueExists("stratus-orders") && queueExists("stratus-orders-dlq"));
		}
		finally {
			orderJob.relay().start();
		}
	}

	@Test
	void recreatesLostQueuesAndConfirmsOrdersPlacedAfterwards() {
		deleteQueues();
		CurrentUser buyer = buyer();

		Order order = orders.place(buyer, product("Lost queue lamp", 20).id(), 1, null).order();

		await().until(() -> status(order.id()), Order.Status.CONFIRMED::equals);
		assertThat(inbox().mails(buyer.email(), "Order Confirmation - #" + order.id())).hasSize(1);
		String redrive = sqs
			.getQueueAttributes(b -> b.queueUrl(orderJob.queueUrl()).attributeNames(QueueAttributeName.REDRIVE_POLICY))
			.attributes()
			.get(QueueAttributeName.REDRIVE_POLICY);
		assertThat(redrive).contains("stratus-orders-dlq").containsPattern("\"maxReceiveCount\":\"?3\"?");
		assertThat(sqs.getQueueUrl(b -> b.queueName("stratus-orders-dlq")).queueUrl()).isNotBlank();
	}

	@Test
	void holdsAFailedMessageBackForItsRetryDelayAndDeadLettersItAfterThreeReceives() {
		Order order = orders.place(unreachable(), product("Backing off lamp", 20).id(), 1, null).order();
		Instant firstFailure = await().until(() -> stored(order.id()), stored -> stored.failedAttempts() >= 1)
			.firstFailedAt();
		Instant retryDue = firstFailure.plus(orderSettings.retryDelay(1));

		// Had the visibility timeout (2 s) decided, the second attempt would come before its delay (3 s).
		Instant secondFailureSeenBy = await().until(() -> {
			long attempts = stored(order.id()).failedAttempts();
			return attempts >= 2 ? Instant.now() : null;
		}, seen -> seen != null);
		assertThat(secondFailureSeenBy).isAfter(retryDue);

		DeadLetter letter = await().atMost(Duration.ofSeconds(30))
			.until(() -> deadLetterOf(order.id()), found -> found != null);
		assertThat(letter.receiveCount()).isEqualTo(3);
		assertThat(status(order.id())).isEqualTo(Order.Status.PENDING);
		// Parked for the admin: the sweep does not send it round again.
		assertThat(pendingOrders.overdue(Instant.now().plus(Duration.ofDays(1)))).doesNotContain(order.id());
	}

	@Test
	void confirmsAnOrderWhoseEmailFailedTwiceWithoutDeadLetteringIt() {
		// Driven one step at a time, so the address is corrected between the second and third try.
		orderJob.worker().stop();
		Order order;
		String fixed = "fixed-" + UUID.randomUUID() + "@example.test";
		try {
			order = orders.place(unreachable(), product("Flaky mail lamp", 20).id(), 1, null).order();
			stepUntil(() -> stored(order.id()).failedAttempts() == 1);
			stepUntil(() -> stored(order.id()).failedAttempts() == 2);

			// The mail server takes the address again.
			dynamo.updateItem(b -> b.tableName("stratus-inventory")
				.key(OrderTable.key(order.id()))
				.updateExpression("SET userEmail = :email")
				.expressionAttributeValues(Map.of(":email", AttributeValue.fromS(fixed))));
			stepUntil(() -> status(order.id()) == Order.Status.CONFIRMED);
		}
		finally {
			orderJob.worker().start();
		}

		assertThat(stored(order.id()).failedAttempts()).isEqualTo(2);
		assertThat(inbox().mails(fixed, "Order Confirmation - #" + order.id())).hasSize(1);
		assertThat(deadLetterOf(order.id())).isNull();
	}

	/** As a restarted local SQS has them: gone. */
	private void deleteQueues() {
		sqs.deleteQueue(b -> b.queueUrl(orderJob.queueUrl()));
		sqs.deleteQueue(b -> b.queueUrl(orderJob.deadLetterQueueUrl()));
		assertThat(queueExists("stratus-orders")).isFalse();
	}

	private boolean queueExists(String name) {
		try {
			sqs.getQueueUrl(b -> b.queueName(name));
			return true;
		}
		catch (QueueDoesNotExistException gone) {
			return false;
		}
	}

	/** Runs the worker's steps on this thread until {@code done}. */
	private void stepUntil(Callable<Boolean> done) {
		await().until(() -> {
			orderJob.worker().step();
			return done.call();
		});
	}

	/** A comma makes the address two: the mail system refuses it, every time. */
	private static CurrentUser unreachable() {
		return new CurrentUser("buyer-" + UUID.randomUUID(), "one,two-" + UUID.randomUUID() + "@example.test",
				Set.of(Role.USER));
	}

	private TrackedOrder stored(OrderId id) {
		return orderTable.find(id).orElseThrow();
	}

}
