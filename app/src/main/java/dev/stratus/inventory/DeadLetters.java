package dev.stratus.inventory;

import java.time.Instant;
import java.util.List;

import dev.stratus.inventory.internal.DeadLetterTable;
import dev.stratus.inventory.internal.OrderQueue;
import dev.stratus.inventory.internal.OrderTable;
import dev.stratus.platform.web.ApiException;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** What admins do with orders the pipeline gave up on: look, send them through again, or drop them. */
@Service
public class DeadLetters {

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private static final String SCOPE = "dead-letters";

	private final DeadLetterTable table;

	private final OrderTable orders;

	private final OrderQueue queue;

	private final PageTokens pageTokens;

	DeadLetters(DeadLetterTable table, OrderTable orders, OrderQueue queue, PageTokens pageTokens) {
		this.table = table;
		this.orders = orders;
		this.queue = queue;
		this.pageTokens = pageTokens;
	}

	public ApiResponse.Page<DeadLetter> list(int limit, @Nullable String nextToken) {
		var start = nextToken == null ? null : pageTokens.read(nextToken, SCOPE);
		DeadLetterTable.DeadLetterPage page = table.list(start, limit);
		return new ApiResponse.Page<>(page.items(),
				page.lastKey() == null ? null : pageTokens.issue(page.lastKey(), SCOPE));
	}

	/**
	 * Sends the order through the pipeline again, with its attempts counted afresh.
	 * @throws ApiException {@code NOT_FOUND}; {@code CONFLICT} for a message that named no order
	 */
	public void redrive(String id) {
		redrive(table.find(id).orElseThrow(() -> ApiException.notFound("Dead letter")));
	}

	/** @return how many dead letters went back into the pipeline */
	public int redriveAll() {
		int redriven = 0;
		DeadLetterTable.DeadLetterPage page = table.list(null, 100);
		while (true) {
			for (DeadLetter letter : page.items()) {
				if (OrderId.parse(letter.orderId()).isPresent()) {
					redrive(letter);
					redriven++;
				}
			}
			if (page.lastKey() == null) {
				break;
			}
			page = table.list(page.lastKey(), 100);
		}
		return redriven;
	}

	/** Drops the dead letter; the order stays as it is. @throws ApiException {@code NOT_FOUND} */
	public void discard(String id) {
		if (!table.delete(id)) {
			throw ApiException.notFound("Dead letter");
		}
		log.atInfo().addKeyValue("deadLetterId", id).log("Dead letter discarded");
	}

	private void redrive(DeadLetter letter) {
		OrderId orderId = OrderId.parse(letter.orderId())
			.orElseThrow(() -> ApiException.conflict("This dead letter names no order; discard it instead"));
		orders.clearFailures(orderId, Instant.now());
		if (queue.send(List.of(orderId.toString())).isEmpty()) {
			throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "The order queue refused the message; try again");
		}
		table.delete(letter.id());
		log.atInfo()
			.addKeyValue("deadLetterId", letter.id())
			.addKeyValue("orderId", orderId)
			.log("Dead letter redriven");
	}

}
