package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * A schema as the contract writes it, in requests and in answers. The request is read strictly (a value of
 * the wrong JSON type is named at its path, {@code entities[0].fields[1].required}); its rules are
 * {@code SchemaRules}', checked by the service for the project's stack.
 */
final class SchemaBodies {

	private SchemaBodies() {
	}

	/** {@code PUT /api/projects/{id}/schema}. */
	record SchemaBody(@NotNull List<@Nullable EntityBody> entities) {

		Schema schema() {
			return new Schema(entities.stream().map(entity -> entity == null ? null : entity.entity()).toList());
		}

		static SchemaBody of(Schema schema) {
			return new SchemaBody(schema.entities().stream().map(EntityBody::of).toList());
		}

	}

	record EntityBody(@Nullable String name, @Nullable List<@Nullable FieldBody> fields,
			@Nullable List<@Nullable RelationBody> relations) {

		Entity entity() {
			return new Entity(name, fields == null ? null : fields.stream().map(FieldBody::fieldOf).toList(),
					relations == null ? null : relations.stream().map(RelationBody::relationOf).toList());
		}

		static EntityBody of(Entity entity) {
			return new EntityBody(entity.name(), entity.fields().stream().map(FieldBody::of).toList(),
					entity.relations().stream().map(RelationBody::of).toList());
		}

	}

	record FieldBody(@Nullable String name, @Nullable String type, @Nullable Boolean required,
			@Nullable Boolean unique, @Nullable List<@Nullable String> values) {

		static @Nullable Field fieldOf(@Nullable FieldBody body) {
			return body == null ? null : body.field();
		}

		Field field() {
			return new Field(name, type, required, unique, values);
		}

		static FieldBody of(Field field) {
			return new FieldBody(field.name(), field.type(), field.required(), field.unique(), field.values());
		}

	}

	record RelationBody(@Nullable String name, @Nullable String target, @Nullable String kind) {

		static @Nullable Relation relationOf(@Nullable RelationBody body) {
			return body == null ? null : body.relation();
		}

		Relation relation() {
			return new Relation(name, target, kind);
		}

		static RelationBody of(Relation relation) {
			return new RelationBody(relation.name(), relation.target(), relation.kind());
		}

	}

}
