package dev.stratus.inventory.web;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.stratus.inventory.Category;
import dev.stratus.inventory.Product;
import dev.stratus.inventory.Products;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.security.CurrentUser;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.ApiException;
import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.ErrorCode;
import dev.stratus.platform.web.QueryParams;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** {@code /api/products}: the catalogue. Route roles are in {@link InventoryRoutes}. */
@RestController
@RequestMapping("/api/products")
class ProductController {

	/** {@code "<version>.<stockVersion>"}, or an older tag's bare {@code "<version>"}. */
	private static final Pattern IF_MATCH = Pattern.compile("^(?:W/)?\"?(\\d{1,18})(?:\\.(\\d{1,18}))?\"?$");

	private final Products products;

	ProductController(Products products) {
		this.products = products;
	}

	@ResponseStatus(HttpStatus.CREATED) // for the OpenAPI document; the ResponseEntity sets the same
	@PostMapping
	ResponseEntity<ApiResponse<ProductResponse>> create(@Valid @RequestBody ProductRequests.NewProduct request) {
		Product product = products.create(CurrentUser.get(), request.draft());
		return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(product))
				.body(ApiResponse.of(ProductResponse.of(product)));
	}

	@GetMapping("/{id}")
	ResponseEntity<ApiResponse<ProductResponse>> get(@PathVariable String id) {
		Product product = products.find(id);
		return ResponseEntity.ok().eTag(etag(product)).body(ApiResponse.of(ProductResponse.of(product)));
	}

	@GetMapping
	ApiResponse<Page<ProductSummary>> list(@RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String search,
			@RequestParam(required = false) @Nullable Integer limit,
			@RequestParam(required = false) @Nullable String nextToken,
			@RequestParam(required = false) @Nullable Boolean lowStock) {
		QueryParams params = new QueryParams();
		Category wanted = params.parsed("category", category, Category.fromWire(category == null ? "" : category),
				"must be one of electronics, clothing, food, other");
		String needle = params.text("search", search, 200);
		int size = params.limit(limit);
		params.check();
		boolean lowStockOnly = Boolean.TRUE.equals(lowStock);
		if (lowStockOnly) {
			CurrentUser caller = CurrentUser.get();
			if (!caller.is(Role.ADMIN) && !caller.is(Role.MANAGER)) {
				throw new Forbidden("Only admins and managers see the low-stock list");
			}
		}
		var page = products.list(wanted, needle, lowStockOnly, size, blankToNull(nextToken));
		return ApiResponse.of(page.map(ProductSummary::of));
	}

	@PutMapping("/{id}")
	ResponseEntity<ApiResponse<ProductResponse>> update(@PathVariable String id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@Valid @RequestBody ProductRequests.ProductUpdate request) {
		Products.Expected expected = expected(ifMatch);
		Product product = products.update(id, request.changes(), expected);
		return ResponseEntity.ok().eTag(etag(product)).body(ApiResponse.of(ProductResponse.of(product)));
	}

	@DeleteMapping("/{id}")
	ApiResponse<Map<String, String>> delete(@PathVariable String id) {
		products.delete(id);
		return ApiResponse.of(Map.of("message", "Product deleted successfully", "deletedId", id));
	}

	@PostMapping("/{id}/image")
	ApiResponse<Products.ImageUpload> prepareImageUpload(@PathVariable String id,
			@Valid @RequestBody ProductRequests.ImageUploadRequest request) {
		String imageUrl = ServletUriComponentsBuilder.fromCurrentContextPath()
			.path("/api/products/{id}/image")
			.buildAndExpand(id)
			.toUriString();
		return ApiResponse.of(products.prepareImageUpload(id, request.contentType(), imageUrl));
	}

	/** The uploaded image, through a fresh short-lived S3 link. */
	@GetMapping("/{id}/image")
	ResponseEntity<Void> image(@PathVariable String id) {
		return ResponseEntity.status(HttpStatus.FOUND).location(products.imageLocation(id)).build();
	}

	/**
	 * Both versions: a tag read before an order is stale for an edit of the stock, while edits of
	 * the rest only compare the first number, so they are not stale under order traffic.
	 */
	private static String etag(Product product) {
		return "\"" + product.version() + "." + product.stockVersion() + "\"";
	}

	/** {@code "3.17"}, {@code W/"3.17"}, {@code "3"} or {@code 3}; {@code *} or none means any version. */
	private static Products.@Nullable Expected expected(@Nullable String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
			return null;
		}
		Matcher matcher = IF_MATCH.matcher(ifMatch.strip());
		if (!matcher.matches()) {
			throw new ApiException(ErrorCode.BAD_REQUEST, "If-Match must be a product ETag such as \"3.17\"");
		}
		return new Products.Expected(Long.parseLong(matcher.group(1)),
				matcher.group(2) == null ? null : Long.parseLong(matcher.group(2)));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return Optional.ofNullable(value).filter(v -> !v.isBlank()).orElse(null);
	}

}
