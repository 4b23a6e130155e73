package dev.stratus.inventory;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import dev.stratus.inventory.internal.ProductImages;
import dev.stratus.inventory.internal.ProductTable;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** The product catalogue: create, read, list, edit (optimistically, by version), delete, images. */
@Service
public class Products {

	private static final Logger log = LoggerFactory.getLogger(Products.class);

	/** Edits without {@code If-Match} re-read and retry this often when another edit won the race. */
	private static final int ATTEMPTS = 3;

	private final ProductTable table;

	private final ProductImages images;

	private final Clock clock;

	Products(ProductTable table, ProductImages images, Clock clock) {
		this.table = table;
		this.images = images;
		this.clock = clock;
	}

	/** @throws Duplicate when the SKU is taken */
	public Product create(CurrentUser creator, ProductDraft draft) {
		Instant now = clock.instant();
		Product product = new Product(UUID.randomUUID().toString(), draft.name(), draft.description(), draft.category(),
				draft.price(), draft.quantity(), draft.sku(), draft.imageUrl(), now, now, creator.id(), 1, 0);
		if (table.create(product) == ProductTable.Outcome.SKU_TAKEN) {
			throw skuTaken(draft.sku());
		}
		log.atInfo().addKeyValue("productId", product.id()).addKeyValue("sku", product.sku()).log("Product created");
		return product;
	}

	/** @throws NotFound */
	public Product find(String id) {
		return table.find(id).orElseThrow(() -> new NotFound("Product"));
	}

	/**
	 * Newest first. {@code search} matches names case-insensitively; {@code lowStockOnly} keeps
	 * products under the low-stock line.
	 */
	public Page<Product> list(@Nullable Category category, @Nullable String search, boolean lowStockOnly,
			int limit, @Nullable String nextToken) {
		String needle = search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
		return table.list(category, needle, lowStockOnly, limit, nextToken);
	}

	/**
	 * @param expected from {@code If-Match}; when given, a product edited since is a conflict, and so
	 * is a product whose stock moved since when the changes set {@code quantity} (setting it from an
	 * older reading would erase those orders). Without it, a {@code quantity} is the stock as of the
	 * write: orders before it are overwritten, orders after it come off it.
	 * @throws NotFound, {@link Conflict} (stale version), {@link Duplicate} (SKU taken)
	 */
	public Product update(String id, ProductChanges changes, @Nullable Expected expected) {
		Long stockGuard = expected != null && changes.quantity() != null ? expected.stockVersion() : null;
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Product current = find(id);
			if (expected != null && (current.version() != expected.version()
					|| (stockGuard != null && current.stockVersion() != stockGuard))) {
				throw stale(current);
			}
			switch (table.update(id, changes, current.version(), stockGuard, current.sku(), clock.instant())) {
				case DONE -> {
					Product updated = find(id);
					log.atInfo()
						.addKeyValue("productId", id)
						.addKeyValue("version", updated.version())
						.log("Product updated");
					return updated;
				}
				case GONE -> throw new NotFound("Product");
				case SKU_TAKEN -> throw skuTaken(changes.sku() == null ? current.sku() : changes.sku());
				case STALE -> {
					if (expected != null) {
						throw stale(find(id));
					}
				}
			}
		}
		throw new Conflict("The product keeps changing; read it again and retry");
	}

	/**
	 * The version an edit was made from, as its {@code If-Match} names it; {@code stockVersion} is
	 * null when the tag does not carry one (a tag from before stock versions: the stock is unchecked).
	 */
	public record Expected(long version, @Nullable Long stockVersion) {
	}

	/** @throws NotFound */
	public void delete(String id) {
		if (!table.delete(id)) {
			throw new NotFound("Product");
		}
		log.atInfo().addKeyValue("productId", id).log("Product deleted");
	}

	/**
	 * Prepares a direct upload to S3 and points the product at {@code imageUrl}, the app's address
	 * that redirects to the stored image.
	 */
	public ImageUpload prepareImageUpload(String id, String contentType, String imageUrl) {
		String key = "products/" + id + "/" + UUID.randomUUID();
		if (!table.setImage(id, imageUrl, key, clock.instant())) {
			throw new NotFound("Product");
		}
		log.atInfo().addKeyValue("productId", id).log("Product image upload prepared");
		return new ImageUpload(images.uploadUrl(key, contentType).toString(), imageUrl,
				ProductImages.UPLOAD_WINDOW.toSeconds());
	}

	public record ImageUpload(String uploadUrl, String imageUrl, long expiresIn) {
	}

	/** A short-lived address of the product's uploaded image. @throws NotFound */
	public URI imageLocation(String id) {
		String key = table.imageKey(id).orElseThrow(() -> new NotFound("Product image"));
		try {
			return images.viewUrl(key).toURI();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("S3 presigner made an invalid URL", ex);
		}
	}

	private static Conflict stale(Product current) {
		return new Conflict("The product was changed by someone else; read it again",
				Map.of("currentVersion", current.version(), "currentStockVersion", current.stockVersion()));
	}

	private static Duplicate skuTaken(String sku) {
		return new Duplicate("SKU '" + sku + "' is already taken", "sku");
	}

}
