package dev.stratus.workspace.internal.schema;

import java.util.Arrays;
import java.util.List;

/** Schemas the workspace's tests share: a shop of ten entities using every field type and relation kind. */
public final class SampleSchemas {

	private SampleSchemas() {
	}

	/**
	 * Ten entities: every field type, required and unique fields (of every type that can be unique), both
	 * relation kinds (one of them an entity's relation to itself), and entities with no required field and
	 * with no text field, so the generated tests break bodies each way they can.
	 */
	public static Schema shop() {
		return new Schema(List.of(
				entity("Customer",
						List.of(field("email", "string", true, true), field("name", "string", true, false),
								field("bio", "text", false, false), field("birthday", "date", false, false),
								field("vip", "boolean", false, false)),
						relation("orders", "Order", "one-to-many"), relation("addresses", "Address", "many-to-many")),
				entity("Address", List.of(field("street", "string", true, false), field("city", "string", false, false),
						enumField("country", "DE", "FR", "GB"))),
				entity("Order",
						List.of(field("number", "integer", true, true), field("placedAt", "timestamp", true, false),
								enumField("status", "PENDING", "PAID", "SHIPPED"),
								field("total", "decimal", false, false)),
						relation("lines", "OrderLine", "one-to-many")),
				entity("OrderLine",
						List.of(field("quantity", "integer", true, false), field("unitPrice", "decimal", true, false)),
						relation("products", "Product", "many-to-many")),
				entity("Product",
						List.of(field("sku", "string", true, true), field("title", "string", true, false),
								field("description", "text", false, false), field("price", "decimal", true, false),
								field("active", "boolean", false, false)),
						relation("tags", "Tag", "many-to-many")),
				entity("Category", List.of(field("name", "string", true, true)),
						relation("products", "Product", "one-to-many"),
						relation("subcategories", "Category", "one-to-many")),
				entity("Tag", List.of(field("label", "string", true, true), field("code", "decimal", false, true))),
				entity("Supplier",
						List.of(field("reference", "uuid", false, true), field("rating", "integer", false, false),
								field("preferred", "boolean", false, false)),
						relation("supplies", "Product", "many-to-many")),
				entity("Invoice",
						List.of(field("issuedOn", "date", true, true), field("dueOn", "date", false, false),
								field("amount", "decimal", true, false), field("paid", "boolean", false, false),
								field("externalId", "uuid", false, true)),
						relation("orders", "Order", "many-to-many")),
				entity("Shipment",
						List.of(field("trackingCode", "string", false, true),
								field("shippedAt", "timestamp", false, true), enumField("carrier", "DHL", "UPS")),
						relation("orders", "Order", "one-to-many"))));
	}

	public static Entity entity(String name, List<Field> fields, Relation... relations) {
		return new Entity(name, fields, Arrays.asList(relations));
	}

	public static Field field(String name, String type, boolean required, boolean unique) {
		return new Field(name, type, required, unique, null);
	}

	public static Field enumField(String name, String... values) {
		return new Field(name, "enum", false, false, Arrays.asList(values));
	}

	public static Relation relation(String name, String target, String kind) {
		return new Relation(name, target, kind);
	}

}
