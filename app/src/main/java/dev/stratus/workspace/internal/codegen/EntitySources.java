package dev.stratus.workspace.internal.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.FieldType;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;

/**
 * An entity's record (its fields with Bean Validation, the ids its relations hold) and its repository: in
 * memory, so the project builds and runs without a database, thread-safe, refusing a second row with the
 * value of a unique field.
 */
final class EntitySources {

	/** The longest value of a {@code string} field; {@code text} takes {@link #TEXT_LENGTH}. */
	static final int STRING_LENGTH = 255;

	static final int TEXT_LENGTH = 10_000;

	private final Layout layout;

	EntitySources(Layout layout) {
		this.layout = layout;
	}

	TypeSpec record(Entity entity) {
		ClassName type = layout.record(entity);
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
			.addParameter(ParameterSpec.builder(Types.UUID, "id").build());
		TypeSpec.Builder record = TypeSpec.recordBuilder(type)
			.addModifiers(Modifier.PUBLIC)
			.addJavadoc("A row of $L, as the API reads and writes it; {@code id} is assigned on create.\n",
					entity.name());
		for (Field field : entity.fields()) {
			constructor.addParameter(component(entity, field));
			if (field.fieldType() == FieldType.ENUM) {
				TypeSpec.Builder values = TypeSpec.enumBuilder(layout.enumType(entity, field))
					.addModifiers(Modifier.PUBLIC);
				field.enumValues().forEach(values::addEnumConstant);
				record.addType(values.build());
			}
		}
		TypeName targetId = Types.UUID.annotated(AnnotationSpec.builder(Types.NOT_NULL).build());
		for (Relation relation : entity.relations()) {
			constructor.addParameter(ParameterSpec
				.builder(ParameterizedTypeName.get(Types.LIST, targetId), relation.name())
				.addJavadoc("ids of $L rows ($L)\n", relation.target(), relation.kind())
				.build());
		}
		return record.recordConstructor(constructor.build())
			.addMethod(MethodSpec.methodBuilder("withId")
				.addJavadoc("This $L under {@code id}, its relations never {@code null}.\n", entity.name())
				.addModifiers(Modifier.PUBLIC)
				.addParameter(Types.UUID, "id")
				.returns(type)
				.addStatement("return $L", newRow(entity, CodeBlock.of("id"), name -> CodeBlock.of("$N", name),
						relation -> CodeBlock.of("$N == null ? $T.of() : $T.copyOf($N)", relation, Types.LIST,
								Types.LIST, relation)))
				.build())
			.build();
	}

	private ParameterSpec component(Entity entity, Field field) {
		ParameterSpec.Builder component = ParameterSpec.builder(layout.javaType(entity, field), field.name());
		boolean text = field.fieldType() == FieldType.STRING || field.fieldType() == FieldType.TEXT;
		if (field.isRequired()) {
			component.addAnnotation(text ? Types.NOT_BLANK : Types.NOT_NULL);
		}
		if (text) {
			component.addAnnotation(AnnotationSpec.builder(Types.SIZE)
				.addMember("max", "$L", field.fieldType() == FieldType.STRING ? STRING_LENGTH : TEXT_LENGTH)
				.build());
		}
		return component.build();
	}

	TypeSpec repository(Entity entity) {
		ClassName row = layout.record(entity);
		TypeSpec.Builder repository = TypeSpec.classBuilder(layout.repository(entity))
			.addModifiers(Modifier.PUBLIC)
			.addAnnotation(Types.REPOSITORY)
			.addJavadoc("The $L rows, in memory and in insertion order; every method holds the repository's lock.\n",
					entity.name())
			.addField(FieldSpec
				.builder(ParameterizedTypeName.get(Types.MAP, Types.UUID, row), "rows", Modifier.PRIVATE,
						Modifier.FINAL)
				.initializer("new $T<>()", Types.LINKED_HASH_MAP)
				.build())
			.addMethod(synchronizedMethod("findAll", ParameterizedTypeName.get(Types.LIST, row))
				.addStatement("return $T.copyOf(rows.values())", Types.LIST)
				.build())
			.addMethod(synchronizedMethod("findById", ParameterizedTypeName.get(Types.OPTIONAL, row))
				.addParameter(Types.UUID, "id")
				.addStatement("return $T.ofNullable(rows.get(id))", Types.OPTIONAL)
				.build())
			.addMethod(synchronizedMethod("exists", TypeName.BOOLEAN)
				.addParameter(Types.UUID, "id")
				.addStatement("return rows.containsKey(id)")
				.build())
			.addMethod(save(entity, row))
			.addMethod(synchronizedMethod("delete", TypeName.BOOLEAN)
				.addJavadoc("Whether there was a row to delete.\n")
				.addParameter(Types.UUID, "id")
				.addStatement("return rows.remove(id) != null")
				.build());
		for (Relation relation : entity.relations()) {
			if (relation.isOneToMany()) {
				repository.addMethod(holder(relation));
			}
			repository.addMethod(unlink(entity, relation));
		}
		return repository.build();
	}

	private MethodSpec save(Entity entity, ClassName row) {
		CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("for ($T other : rows.values())", row);
		for (Field field : entity.fields()) {
			if (field.isUnique()) {
				body.beginControlFlow("if (!other.id().equals(row.id()) && row.$1N() != null"
						+ " && row.$1N().equals(other.$1N()))", field.name())
					.addStatement("throw new $T($T.CONFLICT, $S)", Types.RESPONSE_STATUS_EXCEPTION, Types.HTTP_STATUS,
							field.name() + " is already taken")
					.endControlFlow();
			}
		}
		return synchronizedMethod("save", row)
			.addJavadoc("Inserts or replaces {@code row}, unless another row has the value of one of its unique "
					+ "fields.\n")
			.addParameter(row, "row")
			.addCode(body.endControlFlow().build())
			.addStatement("rows.put(row.id(), row)")
			.addStatement("return row")
			.build();
	}

	private static MethodSpec holder(Relation relation) {
		return synchronizedMethod("holderOf" + pascal(relation), ParameterizedTypeName.get(Types.OPTIONAL, Types.UUID))
			.addJavadoc("The row other than {@code self} whose $L hold {@code target} (one-to-many: each $L "
					+ "belongs to one row only).\n", relation.name(), relation.target())
			.addParameter(Types.UUID, "target")
			.addParameter(Types.UUID, "self")
			.addStatement("return rows.values().stream().filter(row -> !row.id().equals(self) && row.$N().contains("
					+ "target)).map(row -> row.id()).findFirst()", relation.name())
			.build();
	}

	private MethodSpec unlink(Entity entity, Relation relation) {
		CodeBlock without = CodeBlock.of("row.$N().stream().filter(id -> !id.equals(target)).toList()",
				relation.name());
		CodeBlock replaced = newRow(entity, CodeBlock.of("row.id()"), name -> CodeBlock.of("row.$N()", name),
				name -> name.equals(relation.name()) ? without : CodeBlock.of("row.$N()", name));
		return synchronizedMethod("unlink" + pascal(relation), TypeName.VOID)
			.addJavadoc("Takes a deleted $L out of every row's $L.\n", relation.target(), relation.name())
			.addParameter(Types.UUID, "target")
			.addStatement("rows.replaceAll((key, row) -> row.$N().contains(target) ? $L : row)", relation.name(),
					replaced)
			.build();
	}

	/** {@code new Entity(id, fields..., relations...)} with each argument as the functions say. */
	private CodeBlock newRow(Entity entity, CodeBlock id, Function<String, CodeBlock> field,
			Function<String, CodeBlock> relation) {
		List<CodeBlock> arguments = new ArrayList<>();
		arguments.add(id);
		entity.fields().forEach(f -> arguments.add(field.apply(f.name())));
		entity.relations().forEach(r -> arguments.add(relation.apply(r.name())));
		return CodeBlock.of("new $T($L)", layout.record(entity), CodeBlock.join(arguments, ", "));
	}

	private static MethodSpec.Builder synchronizedMethod(String name, TypeName returns) {
		return MethodSpec.methodBuilder(name).addModifiers(Modifier.PUBLIC, Modifier.SYNCHRONIZED).returns(returns);
	}

	static String pascal(Relation relation) {
		return JavaNames.pascal(relation.name());
	}

}
