package dev.stratus.inventory.internal;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import dev.stratus.inventory.Category;
import dev.stratus.inventory.Inbox;
import dev.stratus.inventory.Order;
import dev.stratus.inventory.OrderId;
import dev.stratus.inventory.Orders;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.ProductDraft;
import dev.stratus.inventory.Products;
import dev.stratus.platform.cloud.LocalCloudConnection;
import dev.stratus.platform.jobs.DeadLetter;
import dev.stratus.platform.jobs.DeadLetters;
import dev.stratus.platform.jobs.JobPipeline;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * What the pipeline tests share: the pipeline's parts from the running app, a manager who stocks
 * products, fresh buyers, and reads of an order's state and dead letter.
 */
abstract class PipelineFixture {

	@Autowired
	Products products;

	@Autowired
	Orders orders;

	@Autowired
	DeadLetters deadLetters;

	@Autowired
	OrderTable orderTable;

	@Autowired
	PendingOrders pendingOrders;

	@Autowired
	JobPipeline<OrderId> orderJob;

	@Autowired
	SqsClient sqs;

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	LocalCloudConnection cloud;

	final CurrentUser manager = new CurrentUser("manager-" + UUID.randomUUID(), "manager@example.test",
			Set.of(Role.MANAGER));

	CurrentUser buyer() {
		String id = UUID.randomUUID().toString();
		return new CurrentUser(id, "buyer-" + id.substring(0, 8) + "@example.test", Set.of(Role.USER));
	}

	Product product(String name, long quantity) {
		return products.create(manager, new ProductDraft(name, "A product for pipeline tests", Category.OTHER, 2500,
				quantity, "SKU-" + UUID.randomUUID(), null));
	}

	Order.Status status(OrderId id) {
		return orderTable.find(id).orElseThrow().order().status();
	}

	DeadLetter deadLetterOf(OrderId orderId) {
		return deadLetters.list(Orders.JOB, 100, null)
			.items()
			.stream()
			.filter(letter -> letter.subjectId().equals(orderId.toString()))
			.findFirst()
			.orElse(null);
	}

	Inbox inbox() {
		return new Inbox(cloud);
	}

	static ConditionFactory await() {
		return Awaitility.await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50));
	}

}
