package dev.stratus.inventory.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import dev.stratus.IntegrationTest;
import dev.stratus.identity.Accounts;
import dev.stratus.identity.TestUsers;
import dev.stratus.inventory.Inbox;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.inventory.Orders;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.Shoppers;
import dev.stratus.platform.cloud.StratusMetrics;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.jobs.DeadLetter;
import dev.stratus.platform.jobs.JobHandler.Attempt;
import dev.stratus.platform.jobs.JobHandler.Outcome;
import dev.stratus.platform.jobs.JobSettings;
import dev.stratus.platform.mail.Mail;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order pipeline against the real local queue, table and mail server: outbox → queue → worker
 * → email → CONFIRMED, and every way it can go wrong.
 */
@IntegrationTest
class OrderPipelineTests extends PipelineFixture {

	@Autowired
	Accounts accounts;

	@Autowired
	TestUsers users;

	@Autowired
	Mailer mailer;

	@Autowired
	JobSettings orderSettings;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	CloudWatchClient cloudWatch;

	@Test
	void confirmsAPlacedOrderAndEmailsTheCustomer() {
		CurrentUser buyer = buyer();
		Product lamp = product("Pipeline lamp", 20);

		Order order = orders.place(buyer, lamp.id(), 2, null).order();

		assertThat(order.status()).isEqualTo(Order.Status.PENDING);
		awaitStatus(order.id(), Order.Status.CONFIRMED);
		Inbox.Mail mail = inbox().await(buyer.email(), "Order Confirmation - #" + order.id());
		assertThat(mail.body()).contains("Pipeline lamp").contains("Quantity:    2").contains("$50.00");
	}

	@Test
	void sendsNoSecondEmailForADuplicateDelivery() {
		CurrentUser buyer = buyer();
		Order order = orders.place(buyer, product("Duplicate lamp", 20).id(), 1, null).order();
		awaitStatus(order.id(), Order.Status.CONFIRMED);
		var confirmed = orderTable.find(order.id()).orElseThrow();

		orderJob.send(List.of(order.id(), order.id()));
		awaitQueueDrained();

		assertThat(inbox().mails(buyer.email(), "Order Confirmation")).hasSize(1);
		var after = orderTable.find(order.id()).orElseThrow();
		assertThat(after.order().updatedAt()).isEqualTo(confirmed.order().updatedAt());
		assertThat(after.confirmationSentAt()).isEqualTo(confirmed.confirmationSentAt());
	}

	@Test
	void keepsTheOrderClaimedForAsLongAsASlowMailServerMayTake() {
		CurrentUser buyer = buyer();
		List<PendingOrders.Claim> laterClaims = new ArrayList<>();
		orderJob.worker().stop();
		Order order;
		try {
			order = orders.place(buyer, product("Slow mail lamp", 20).id(), 1, null).order();

			assertThat(confirmAlone(order.id(), mail -> {
				// Another delivery of the message, come when this send has used up all its timeouts.
				Instant late = Instant.now().plus(mailer.longestSend());
				laterClaims.add(pendingOrders.claimConfirmation(order.id(), late, late.plusSeconds(2)));
				mailer.send(mail);
			})).isEqualTo(Outcome.DONE);
		}
		finally {
			orderJob.worker().start();
		}

		assertThat(laterClaims).singleElement().isInstanceOf(PendingOrders.Claim.Refused.class);
		assertThat(status(order.id())).isEqualTo(Order.Status.CONFIRMED);
		awaitQueueDrained();
		assertThat(inbox().mails(buyer.email(), "Order Confirmation")).hasSize(1);
	}

	@Test
	void confirmsWithoutASecondEmailAnOrderWhoseEmailWentOutBeforeACrash() {
		CurrentUser buyer = buyer();
		List<Mail> sent = new ArrayList<>();
		orderJob.worker().stop();
		Order order;
		try {
			order = orders.place(buyer, product("Crashed mail lamp", 20).id(), 1, null).order();
			// The worker sent the email and stopped before its write of CONFIRMED.
			dynamo.updateItem(b -> b.tableName("stratus-inventory")
				.key(OrderTable.key(order.id()))
				.updateExpression("SET confirmationSentAt = :sent")
				.expressionAttributeValues(Map.of(":sent", Attributes.time(Instant.now()))));

			assertThat(confirmAlone(order.id(), sent::add)).isEqualTo(Outcome.DONE);
		}
		finally {
			orderJob.worker().start();
		}

		assertThat(sent).isEmpty();
		assertThat(status(order.id())).isEqualTo(Order.Status.CONFIRMED);
	}

	@Test
	void sendsTheOutboxOnceTheRelayRunsAgain() {
		CurrentUser buyer = buyer();
		Product lamp = product("Outbox lamp", 20);
		orderJob.relay().stop();
		Order order;
		try {
			order = orders.place(buyer, lamp.id(), 1, null).order();

			assertThat(orderJob.outbox(100)).contains(order.id());
			assertThat(status(order.id())).isEqualTo(Order.Status.PENDING);
		}
		finally {
			orderJob.relay().start();
		}
		awaitStatus(order.id(), Order.Status.CONFIRMED);
		assertThat(orderJob.outbox(100)).doesNotContain(order.id());
		assertThat(inbox().mails(buyer.email(), "Order Confirmation")).hasSize(1);
	}

	@Test
	void neverConfirmsAnOrderCancelledBeforeTheWorkerGotToIt() {
		CurrentUser buyer = buyer();
		Product lamp = product("Cancelled lamp", 20);
		orderJob.worker().stop();
		Order order;
		try {
			order = orders.place(buyer, lamp.id(), 4, null).order();
			orders.cancel(buyer, order.id().toString());
		}
		finally {
			orderJob.worker().start();
		}
		awaitQueueDrained();

		assertThat(status(order.id())).isEqualTo(Order.Status.CANCELLED);
		assertThat(products.find(lamp.id()).quantity()).isEqualTo(20);
		assertThat(inbox().mails(buyer.email(), "Order Confirmation")).isEmpty();
	}

	@Test
	void keepsEveryOrderCancelledWhenCancelsRaceTheWorker() throws Exception {
		CurrentUser buyer = buyer();
		Product lamp = product("Racing lamp", 100);
		List<Order> placed = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			placed.add(orders.place(buyer, lamp.id(), 2, null).order());
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<Order>> cancels = new ArrayList<>();
			for (Order order : placed) {
				cancels.add(pool.submit((Callable<Order>) () -> orders.cancel(buyer, order.id().toString())));
			}
			for (Future<Order> cancel : cancels) {
				assertThat(cancel.get().status()).isEqualTo(Order.Status.CANCELLED);
			}
		}
		finally {
			pool.shutdownNow();
		}
		awaitQueueDrained();

		assertThat(placed).allSatisfy(order -> assertThat(status(order.id())).isEqualTo(Order.Status.CANCELLED));
		assertThat(products.find(lamp.id()).quantity()).isEqualTo(100);
	}

	@Test
	void deadLettersAnOrderWhoseEmailKeepsFailingAlertsAdminsAndRedrivesIt() {
		new Shoppers(users).create(Role.ADMIN);
		// An address the mail system refuses (a comma makes it two): a real, repeatable failure.
		CurrentUser unreachable = new CurrentUser("buyer-" + UUID.randomUUID(),
				"first,second-" + UUID.randomUUID() + "@example.test", Set.of(Role.USER));
		Order order = orders.place(unreachable, product("Undeliverable lamp", 20).id(), 1, null).order();

		DeadLetter letter = await().atMost(Duration.ofSeconds(40))
			.until(() -> deadLetterOf(order.id()), found -> found != null);

		assertThat(letter.receiveCount()).isEqualTo(3);
		assertThat(letter.error()).isNotBlank();
		assertThat(status(order.id())).isEqualTo(Order.Status.PENDING);
		List<String> admins = accounts.adminEmails();
		assertThat(admins).isNotEmpty();
		String alert = "ALERT: Order processing failed (" + order.id() + ")";
		for (String admin : admins) {
			assertThat(inbox().await(admin, alert).body()).contains(letter.id());
		}
		awaitDeadLettersDrained();
		for (String admin : admins) {
			assertThat(inbox().mails(admin, alert)).as(admin).hasSize(1);
		}

		// The address is corrected; the admin sends the order through again.
		String fixed = "fixed-" + UUID.randomUUID() + "@example.test";
		dynamo.updateItem(b -> b.tableName("stratus-inventory")
			.key(OrderTable.key(order.id()))
			.updateExpression("SET userEmail = :email")
			.expressionAttributeValues(Map.of(":email", AttributeValue.fromS(fixed))));
		deadLetters.redrive(Orders.JOB, letter.id());

		awaitStatus(order.id(), Order.Status.CONFIRMED);
		assertThat(inbox().mails(fixed, "Order Confirmation - #" + order.id())).hasSize(1);
		assertThat(deadLetterOf(order.id())).isNull();
	}

	@Test
	void alertsAdminsOnceWhenOrdersTakeAProductBelowTheLowStockLine() {
		CurrentUser buyer = buyer();
		String name = "Low lamp " + UUID.randomUUID();
		Product lamp = product(name, 12);
		String admin = new Shoppers(users).create(Role.ADMIN).email();

		double crossingsBefore = lowStockCrossings();

		List<OrderId> placed = List.of(orders.place(buyer, lamp.id(), 2, null).order().id(),
				orders.place(buyer, lamp.id(), 3, null).order().id(),
				orders.place(buyer, lamp.id(), 1, null).order().id());

		inbox().await(admin, "Low stock: " + name);
		awaitSettled(placed);
		assertThat(inbox().mails(admin, "Low stock: " + name)).hasSize(1);
		// The figure the deployment's alarm watches, counted once for the one crossing.
		await().until(this::lowStockCrossings, crossings -> crossings > crossingsBefore);
		assertThat(lowStockCrossings()).isEqualTo(crossingsBefore + 1);
	}

	/** Every {@code Stratus/LowStockProducts} count the local CloudWatch holds for the last hour. */
	private double lowStockCrossings() {
		Instant now = Instant.now();
		var answer = cloudWatch.getMetricData(b -> b.startTime(now.minus(Duration.ofHours(1)))
			.endTime(now.plus(Duration.ofMinutes(1)))
			.metricDataQueries(q -> q.id("crossings")
				.metricStat(m -> m.stat("Sum")
					.period(60)
					.metric(metric -> metric.namespace(StratusMetrics.NAMESPACE)
						.metricName(LowStockAlerts.LOW_STOCK_METRIC)))));
		return answer.metricDataResults().stream().flatMap(result -> result.values().stream())
			.mapToDouble(Double::doubleValue).sum();
	}

	/** A first delivery handled by a confirmation of its own, past the app's workers, mailing through {@code send}. */
	private Outcome confirmAlone(OrderId id, Consumer<Mail> send) {
		Mailer through = new Mailer() {

			@Override
			public void send(Mail mail) {
				send.accept(mail);
			}

			@Override
			public Duration longestSend() {
				return mailer.longestSend();
			}

		};
		OrderConfirmation alone = new OrderConfirmation(orderTable, pendingOrders, through, events,
				java.time.Clock.systemUTC());
		Attempt first = new Attempt(1, orderSettings.retryDelay(1), orderSettings.claim(through.longestSend()));
		return alone.handle(id, first);
	}

	private void awaitStatus(OrderId id, Order.Status expected) {
		await().until(() -> status(id), expected::equals);
	}

	/**
	 * The pipeline is done with these orders: none pending any more, nothing left in the outbox,
	 * nothing queued or in flight. Whatever they were going to send has been sent.
	 */
	private void awaitSettled(List<OrderId> ids) {
		await().until(() -> ids.stream().noneMatch(id -> status(id) == Order.Status.PENDING));
		awaitQueueDrained();
	}

	/** As {@link #awaitQueueDrained()}, and nothing waits in the dead-letter queue or is handled there. */
	private void awaitDeadLettersDrained() {
		await().until(() -> orderJob.outbox(1).isEmpty() && queued(orderJob.queueUrl()) == 0
				&& queued(orderJob.deadLetterQueueUrl()) == 0);
	}

	/** Nothing left in the outbox, nothing queued or in flight. */
	private void awaitQueueDrained() {
		await().until(() -> orderJob.outbox(1).isEmpty() && queued(orderJob.queueUrl()) == 0);
	}

	private int queued(String url) {
		Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(b -> b.queueUrl(url)
			.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
					QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.attributes();
		return Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES))
				+ Integer.parseInt(attributes.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
	}

}
