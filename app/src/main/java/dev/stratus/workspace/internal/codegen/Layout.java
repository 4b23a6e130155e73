package dev.stratus.workspace.internal.codegen;

import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;

/**
 * Where the generated types of a valid schema live: one package per entity under the project's base
 * package, holding the entity's record, repository, controller and its test.
 */
final class Layout {

	/** The list of target ids a relation holds on its entity. */
	static final TypeName IDS = ParameterizedTypeName.get(Types.LIST, Types.UUID);

	/** A relation pointing at an entity, from the entity that holds it. */
	record Link(Entity source, Relation relation) {
	}

	private final String basePackage;

	private final List<Entity> entities;

	Layout(String basePackage, Schema schema) {
		this.basePackage = basePackage;
		this.entities = schema.entities().stream().map(Objects::requireNonNull).toList();
	}

	String basePackage() {
		return basePackage;
	}

	List<Entity> entities() {
		return entities;
	}

	Entity entity(String name) {
		return entities.stream()
			.filter(entity -> name.equals(entity.name()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No entity " + name));
	}

	/** The relations of every entity that point at {@code target}. */
	List<Link> linksTo(Entity target) {
		return entities.stream()
			.flatMap(source -> source.relations().stream().map(relation -> new Link(source, relation)))
			.filter(link -> target.name().equals(link.relation().target()))
			.toList();
	}

	ClassName application() {
		return ClassName.get(basePackage, "Application");
	}

	ClassName writeLock() {
		return ClassName.get(basePackage, "WriteLock");
	}

	ClassName record(Entity entity) {
		return ClassName.get(packageOf(entity), entity.name());
	}

	ClassName repository(Entity entity) {
		return ClassName.get(packageOf(entity), entity.name() + "Repository");
	}

	ClassName controller(Entity entity) {
		return ClassName.get(packageOf(entity), entity.name() + "Controller");
	}

	ClassName controllerTests(Entity entity) {
		return ClassName.get(packageOf(entity), entity.name() + "ControllerTests");
	}

	/** The nested enum type of an enum field. */
	ClassName enumType(Entity entity, Field field) {
		return record(entity).nestedClass(JavaNames.pascal(field.name()));
	}

	/** The Java type of a field's component: boxed, so that a value not sent is {@code null}. */
	TypeName javaType(Entity entity, Field field) {
		return switch (field.fieldType()) {
			case STRING, TEXT -> ClassName.get(String.class);
			case INTEGER -> ClassName.get(Long.class);
			case DECIMAL -> Types.BIG_DECIMAL;
			case BOOLEAN -> ClassName.get(Boolean.class);
			case DATE -> Types.LOCAL_DATE;
			case TIMESTAMP -> Types.INSTANT;
			case UUID -> Types.UUID;
			case ENUM -> enumType(entity, field);
		};
	}

	/** {@code OrderLine} → {@code orderLine}: a variable holding something of the entity. */
	static String variable(Entity entity) {
		return Character.toLowerCase(entity.name().charAt(0)) + entity.name().substring(1);
	}

	private String packageOf(Entity entity) {
		return basePackage + "." + JavaNames.packageSegment(entity.name());
	}

}
