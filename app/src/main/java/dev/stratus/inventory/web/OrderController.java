package dev.stratus.inventory.web;

import java.util.Arrays;
import java.util.Optional;

import dev.stratus.inventory.Order;
import dev.stratus.inventory.Orders;
import dev.stratus.platform.Page;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.IdempotencyKeys;
import dev.stratus.platform.web.QueryParams;
import dev.stratus.platform.web.RequestProblems;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/orders}: place, read, list and cancel the caller's orders. */
@RestController
@RequestMapping("/api/orders")
class OrderController {

	private final Orders orders;

	OrderController(Orders orders) {
		this.orders = orders;
	}

	@ResponseStatus(HttpStatus.CREATED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping
	ResponseEntity<ApiResponse<OrderResponse>> place(@Valid @RequestBody NewOrder request, BindingResult problems,
			@RequestHeader(name = IdempotencyKeys.HEADER, required = false) @Nullable String idempotencyKey) {
		// The header's problem joins the body's, so one answer lists them all.
		IdempotencyKeys.check(idempotencyKey, problems);
		RequestProblems.throwIfAny(problems);
		Orders.Placed placed = orders.place(CurrentUser.get(), request.productId(), request.quantity(),
				idempotencyKey);
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

}
