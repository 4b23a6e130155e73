package dev.stratus.workspace.internal.codegen;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;

/**
 * An entity's REST controller: list, get, create, update and delete at {@code /api/<plural>}, bodies taken
 * with {@code @Valid}. Every write runs under the project's one write lock, so checking that a relation's
 * targets exist (and, one-to-many, belong to no other row) and writing cannot interleave with deleting a
 * target, which takes it out of every row that points at it.
 */
final class ControllerSource {

	private final Layout layout;

	ControllerSource(Layout layout) {
		this.layout = layout;
	}

	TypeSpec controller(Entity entity) {
		Map<String, String> repositories = repositories(entity);
		TypeSpec.Builder controller = TypeSpec.classBuilder(layout.controller(entity))
			.addAnnotation(Types.REST_CONTROLLER)
			.addAnnotation(AnnotationSpec.builder(Types.REQUEST_MAPPING)
				.addMember("value", "$S", JavaNames.resourcePath(entity.name()))
				.build())
			.addJavadoc("The $L resource.\n", entity.name());
		MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
		for (Map.Entry<String, String> repository : repositories.entrySet()) {
			ClassName type = layout.repository(layout.entity(repository.getKey()));
			controller.addField(type, repository.getValue(), Modifier.PRIVATE, Modifier.FINAL);
			constructor.addParameter(type, repository.getValue())
				.addStatement("this.$N = $N", repository.getValue(), repository.getValue());
		}
		controller.addField(layout.writeLock(), "writeLock", Modifier.PRIVATE, Modifier.FINAL);
		constructor.addParameter(layout.writeLock(), "writeLock").addStatement("this.writeLock = writeLock");
		ClassName row = layout.record(entity);
		return controller.addMethod(constructor.build())
			.addMethod(MethodSpec.methodBuilder("list")
				.addAnnotation(Types.GET_MAPPING)
				.returns(ParameterizedTypeName.get(Types.LIST, row))
				.addStatement("return repository.findAll()")
				.build())
			.addMethod(MethodSpec.methodBuilder("get")
				.addAnnotation(mapping(Types.GET_MAPPING))
				.addParameter(id())
				.returns(row)
				.addStatement("return repository.findById(id).orElseThrow(() -> notFound(id))")
				.build())
			.addMethod(MethodSpec.methodBuilder("create")
				.addAnnotation(Types.POST_MAPPING)
				.addAnnotation(status("CREATED"))
				.addParameter(body(row))
				.returns(row)
				.addStatement("return writeLock.run(() -> repository.save(checked(body.withId($T.randomUUID()))))",
						Types.UUID)
				.build())
			.addMethod(MethodSpec.methodBuilder("update")
				.addAnnotation(mapping(Types.PUT_MAPPING))
				.addParameter(id())
				.addParameter(body(row))
				.returns(row)
				.addCode(CodeBlock.builder()
					.add("return writeLock.run(() -> {\n$>")
					.beginControlFlow("if (!repository.exists(id))")
					.addStatement("throw notFound(id)")
					.endControlFlow()
					.addStatement("return repository.save(checked(body.withId(id)))")
					.add("$<});\n")
					.build())
				.build())
			.addMethod(delete(entity, repositories))
			.addMethod(checked(entity, repositories))
			.addMethod(MethodSpec.methodBuilder("notFound")
				.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
				.addParameter(Types.UUID, "id")
				.returns(Types.RESPONSE_STATUS_EXCEPTION)
				.addStatement("return new $T($T.NOT_FOUND, $S + id)", Types.RESPONSE_STATUS_EXCEPTION,
						Types.HTTP_STATUS, "No " + entity.name() + " has id ")
				.build())
			.build();
	}

	/** The repository fields by entity: its own, its relations' targets', and those of rows pointing at it. */
	private Map<String, String> repositories(Entity entity) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put(entity.name(), "repository");
		entity.relations()
			.forEach(relation -> fields.putIfAbsent(relation.target(),
					Layout.variable(layout.entity(relation.target())) + "Repository"));
		layout.linksTo(entity)
			.forEach(link -> fields.putIfAbsent(link.source().name(), Layout.variable(link.source()) + "Repository"));
		return fields;
	}

	private MethodSpec delete(Entity entity, Map<String, String> repositories) {
		CodeBlock.Builder work = CodeBlock.builder()
			.add("writeLock.run(() -> {\n$>")
			.beginControlFlow("if (!repository.delete(id))")
			.addStatement("throw notFound(id)")
			.endControlFlow();
		for (Layout.Link link : layout.linksTo(entity)) {
			work.addStatement("$N.unlink$L(id)", repositories.get(link.source().name()),
					EntitySources.pascal(link.relation()));
		}
		return MethodSpec.methodBuilder("delete")
			.addAnnotation(mapping(Types.DELETE_MAPPING))
			.addAnnotation(status("NO_CONTENT"))
			.addParameter(id())
			.addCode(work.addStatement("return null").add("$<});\n").build())
			.build();
	}

	private MethodSpec checked(Entity entity, Map<String, String> repositories) {
		CodeBlock.Builder checks = CodeBlock.builder();
		for (Relation relation : entity.relations()) {
			checks.beginControlFlow("for ($T target : row.$N())", Types.UUID, relation.name())
				.beginControlFlow("if (!$N.exists(target))", repositories.get(relation.target()))
				.addStatement("throw new $T($T.BAD_REQUEST, $S + target)", Types.RESPONSE_STATUS_EXCEPTION,
						Types.HTTP_STATUS, relation.name() + ": no " + relation.target() + " has id ")
				.endControlFlow();
			if (relation.isOneToMany()) {
				checks.beginControlFlow("if (repository.holderOf$L(target, row.id()).isPresent())",
						EntitySources.pascal(relation))
					.addStatement("throw new $T($T.CONFLICT, $S + target + $S)", Types.RESPONSE_STATUS_EXCEPTION,
							Types.HTTP_STATUS, relation.name() + ": " + relation.target() + " ",
							" belongs to another " + entity.name())
					.endControlFlow();
			}
			checks.endControlFlow();
		}
		return MethodSpec.methodBuilder("checked")
			.addJavadoc("{@code row}, once the targets of its relations are known to allow it.\n")
			.addModifiers(Modifier.PRIVATE)
			.addParameter(layout.record(entity), "row")
			.returns(layout.record(entity))
			.addCode(checks.build())
			.addStatement("return row")
			.build();
	}

	private static AnnotationSpec mapping(ClassName annotation) {
		return AnnotationSpec.builder(annotation).addMember("value", "$S", "/{id}").build();
	}

	private static AnnotationSpec status(String status) {
		return AnnotationSpec.builder(Types.RESPONSE_STATUS).addMember("value", "$T.$L", Types.HTTP_STATUS, status)
			.build();
	}

	private static ParameterSpec id() {
		return ParameterSpec.builder(Types.UUID, "id")
			.addAnnotation(AnnotationSpec.builder(Types.PATH_VARIABLE).addMember("value", "$S", "id").build())
			.build();
	}

	private static ParameterSpec body(ClassName row) {
		return ParameterSpec.builder(row, "body").addAnnotation(Types.VALID).addAnnotation(Types.REQUEST_BODY).build();
	}

}
