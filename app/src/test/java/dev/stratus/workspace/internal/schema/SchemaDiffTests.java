package dev.stratus.workspace.internal.schema;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.stratus.workspace.internal.schema.SampleSchemas.entity;
import static dev.stratus.workspace.internal.schema.SampleSchemas.enumField;
import static dev.stratus.workspace.internal.schema.SampleSchemas.field;
import static dev.stratus.workspace.internal.schema.SampleSchemas.relation;
import static org.assertj.core.api.Assertions.assertThat;

/** What changed between two schema versions. */
class SchemaDiffTests {

	@Test
	void findsNothingBetweenEqualVersions() {
		assertThat(SchemaDiff.between(SampleSchemas.shop(), SampleSchemas.shop()).isEmpty()).isTrue();
	}

	@Test
	void treatsAnUnsentFlagAsFalse() {
		Schema unsent = new Schema(List.of(entity("Tag", List.of(new Field("label", "string", null, null, null)))));
		Schema sent = new Schema(List.of(entity("Tag", List.of(new Field("label", "string", false, false, null)))));

		assertThat(SchemaDiff.between(unsent, sent).isEmpty()).isTrue();
	}

	@Test
	void listsEntitiesAddedRemovedAndChanged() {
		Schema before = new Schema(List.of(entity("Customer", List.of(field("email", "string", true, true))),
				entity("Tag", List.of()), entity("Order", List.of(enumField("status", "OPEN")),
						relation("lines", "Tag", "one-to-many"))));
		Schema after = new Schema(List.of(
				entity("Customer",
						List.of(field("email", "string", true, false), field("name", "string", false, false))),
				entity("Order", List.of(enumField("status", "OPEN", "PAID")), relation("lines", "Tag", "many-to-many"),
						relation("notes", "Note", "many-to-many")),
				entity("Note", List.of())));

		SchemaDiff diff = SchemaDiff.between(before, after);

		assertThat(diff.entities()).isEqualTo(new SchemaDiff.Changes(List.of("Note"), List.of("Tag"),
				List.of("Customer", "Order")));
		assertThat(diff.changedEntities()).containsExactly(
				new SchemaDiff.EntityChanges("Customer",
						new SchemaDiff.Changes(List.of("name"), List.of(), List.of("email")), noChanges()),
				new SchemaDiff.EntityChanges("Order", new SchemaDiff.Changes(List.of(), List.of(), List.of("status")),
						new SchemaDiff.Changes(List.of("notes"), List.of(), List.of("lines"))));
	}

	@Test
	void readsARenameAsARemovalAndAnAddition() {
		Schema before = new Schema(List.of(entity("Tag", List.of(field("label", "string", false, false)))));
		Schema after = new Schema(List.of(entity("Tag", List.of(field("title", "string", false, false)))));

		assertThat(SchemaDiff.between(before, after).changedEntities()).singleElement()
			.extracting(SchemaDiff.EntityChanges::fields)
			.isEqualTo(new SchemaDiff.Changes(List.of("title"), List.of("label"), List.of()));
	}

	private static SchemaDiff.Changes noChanges() {
		return new SchemaDiff.Changes(List.of(), List.of(), List.of());
	}

}
