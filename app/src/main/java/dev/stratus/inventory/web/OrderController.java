package dev.stratus.inventory.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.Orders;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** {@code /api/orders}: place, read, list and cancel the caller's orders. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[A-Za-z0-9._:\\-]{1,128}");

	private final Orders orders;

	OrderController(Orders orders) {
		this.orders = orders;
	}

	@PostMapping
	ResponseEntity<ApiResponse<OrderResponse>> place(@RequestBody JsonNode body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Nullable String idempotencyKey) {
		Fields fields = Fields.of(body);
		String productId = fields.text("productId", 1, 64);
		if (productId != null && !isUuid(productId)) {
			fields.problem("productId", "must be a product id (UUID)");
		}
		Long quantity = fields.integer("quantity", 1, Order.MAX_QUANTITY);
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			fields.problem("Idempotency-Key", "must be 1 to 128 letters, digits or . _ : -");
		}
		fields.check();
		Orders.Placed placed = orders.place(CurrentUser.get(), productId, quantity, idempotencyKey);
		return ResponseEntity.status(HttpStatus.CREATED)
			.header("Idempotent-Replayed", Boolean.toString(placed.replayed()))
			.body(ApiResponse.of(OrderResponse.of(placed.order())));
	}

	@GetMapping("/{id}")
	ApiResponse<OrderResponse> get(@PathVariable String id) {
		return ApiResponse.of(OrderResponse.of(orders.find(CurrentUser.get(), id)));
	}

	@GetMapping
	ApiResponse<Page<OrderSummary>> list(@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken) {
		QueryParams params = new QueryParams();
		Order.Status wanted = params.parsed("status", status, status(status),
				"must be one of PENDING, CONFIRMED, CANCELLED");
		int size = params.limit(limit);
		params.check();
		var page = orders.list(CurrentUser.get(), wanted, size,
				nextToken == null || nextToken.isBlank() ? null : nextToken);
		return ApiResponse.of(page.map(OrderSummary::of));
	}

	@PostMapping("/{id}/cancel")
	ApiResponse<OrderResponse> cancel(@PathVariable String id) {
		return ApiResponse.of(OrderResponse.of(orders.cancel(CurrentUser.get(), id)));
	}

	private static Optional<Order.Status> status(@Nullable String value) {
		return Arrays.stream(Order.Status.values()).filter(s -> s.name().equalsIgnoreCase(value)).findFirst();
	}

	private static boolean isUuid(String value) {
		try {
			return UUID.fromString(value).toString().equalsIgnoreCase(value);
		}
		catch (IllegalArgumentException notAUuid) {
			return false;
		}
	}

}
