package dev.stratus.workspace.internal.codegen;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import javax.lang.model.element.Modifier;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;

/**
 * An entity's test, against the whole generated application through MockMvc: it creates and reads a row,
 * rejects an invalid body, updates and deletes, refuses a second row with a unique field's value, and
 * links relations to existing targets only (one-to-many: to a target no other row holds).
 */
final class ControllerTestSource {

	private static final TypeName BODY = ParameterizedTypeName.get(Types.MAP, ClassName.get(String.class),
			ClassName.get(Object.class));

	private final Layout layout;

	ControllerTestSource(Layout layout) {
		this.layout = layout;
	}

	JavaFile tests(Entity entity) {
		String path = JavaNames.resourcePath(entity.name());
		String one = article(entity.name()) + entity.name();
		TypeSpec.Builder tests = TypeSpec.classBuilder(layout.controllerTests(entity))
			.addAnnotation(Types.SPRING_BOOT_TEST)
			.addAnnotation(Types.AUTO_CONFIGURE_MOCK_MVC)
			.addJavadoc("The $L resource, through the whole application.\n", entity.name())
			.addField(FieldSpec.builder(Types.JSON_MAPPER, "JSON", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
				.initializer("$T.builder().build()", Types.JSON_MAPPER)
				.build())
			.addField(FieldSpec.builder(Types.MOCK_MVC, "mvc").addAnnotation(Types.AUTOWIRED).build())
			.addMethod(test("createsAndReads" + one)
				.addStatement("String created = send($S, $N()).andExpect(status().isCreated())"
						+ ".andReturn().getResponse().getContentAsString()", path, sample(entity))
				.addStatement("String id = $T.read(created, $S)", Types.JSON_PATH, "$.id")
				.addStatement("mvc.perform(get($S + id)).andExpect(status().isOk()).andExpect(content().json(created))",
						path + "/")
				.addStatement("mvc.perform(get($S)).andExpect(status().isOk())"
						+ ".andExpect(jsonPath($S, $T.hasItem(id)))", path, "$[*].id", Types.MATCHERS)
				.build())
			.addMethod(rejectsInvalid(entity, path))
			.addMethod(test("updatesAndDeletes" + one)
				.addStatement("String id = create($S, $N())", path, sample(entity))
				.addStatement("mvc.perform(put($S + id).contentType($T.APPLICATION_JSON)"
						+ ".content(JSON.writeValueAsString($N()))).andExpect(status().isOk())"
						+ ".andExpect(jsonPath($S).value(id))", path + "/", Types.MEDIA_TYPE, sample(entity), "$.id")
				.addStatement("mvc.perform(delete($S + id)).andExpect(status().isNoContent())", path + "/")
				.addStatement("mvc.perform(get($S + id)).andExpect(status().isNotFound())", path + "/")
				.build());
		for (Field field : entity.fields()) {
			if (field.isUnique()) {
				tests.addMethod(refusesDuplicate(entity, path, field));
			}
		}
		for (Relation relation : entity.relations()) {
			tests.addMethod(links(entity, path, relation));
		}
		tests.addMethod(MethodSpec.methodBuilder("send")
			.addModifiers(Modifier.PRIVATE)
			.addParameter(String.class, "path")
			.addParameter(Object.class, "body")
			.addException(Exception.class)
			.returns(Types.RESULT_ACTIONS)
			.addStatement("return mvc.perform(post(path).contentType($T.APPLICATION_JSON)"
					+ ".content(JSON.writeValueAsString(body)))", Types.MEDIA_TYPE)
			.build())
			.addMethod(MethodSpec.methodBuilder("create")
				.addJavadoc("Creates a row at {@code path} and answers its id.\n")
				.addModifiers(Modifier.PRIVATE)
				.addParameter(String.class, "path")
				.addParameter(BODY, "body")
				.addException(Exception.class)
				.returns(String.class)
				.addStatement("String created = send(path, body).andExpect(status().isCreated())"
						+ ".andReturn().getResponse().getContentAsString()")
				.addStatement("return $T.read(created, $S)", Types.JSON_PATH, "$.id")
				.build());
		Set<Entity> sampled = new LinkedHashSet<>();
		sampled.add(entity);
		entity.relations().forEach(relation -> sampled.add(layout.entity(relation.target())));
		sampled.forEach(each -> tests.addMethod(MethodSpec.methodBuilder(sample(each))
			.addModifiers(Modifier.PRIVATE, Modifier.STATIC)
			.returns(BODY)
			.addCode(SampleBodies.valid(each))
			.addStatement("return body")
			.build()));
		return JavaFile.builder(layout.controllerTests(entity).packageName(), tests.build())
			.skipJavaLangImports(true)
			.addStaticImport(Types.REQUESTS, "get", "post", "put", "delete")
			.addStaticImport(Types.RESULTS, "status", "content", "jsonPath")
			.indent("\t")
			.build();
	}

	private MethodSpec rejectsInvalid(Entity entity, String path) {
		MethodSpec.Builder test = test("rejectsAnInvalid" + entity.name());
		Optional<CodeBlock> breaking = SampleBodies.breakValid(entity);
		if (breaking.isPresent()) {
			test.addStatement("$T body = $N()", BODY, sample(entity)).addStatement(breaking.get());
		}
		else {
			test.addStatement("$T<Object> body = $T.of()", Types.LIST, Types.LIST);
		}
		return test.addStatement("send($S, body).andExpect(status().isBadRequest())", path).build();
	}

	private MethodSpec refusesDuplicate(Entity entity, String path, Field field) {
		return test("refusesASecond" + entity.name() + "WithTheSame" + JavaNames.pascal(field.name()))
			.addStatement("$T first = $N()", BODY, sample(entity))
			.addStatement("create($S, first)", path)
			.addStatement("$T second = $N()", BODY, sample(entity))
			.addStatement("second.put($S, first.get($S))", field.name(), field.name())
			.addStatement("send($S, second).andExpect(status().isConflict())", path)
			.build();
	}

	private MethodSpec links(Entity entity, String path, Relation relation) {
		Entity target = layout.entity(relation.target());
		String targetPath = JavaNames.resourcePath(target.name());
		MethodSpec.Builder test = test("links" + JavaNames.pascal(relation.name()) + "ToExisting"
				+ target.name() + "RowsOnly")
			.addStatement("String target = create($S, $N())", targetPath, sample(target))
			.addStatement("$T linked = $N()", BODY, sample(entity))
			.addStatement("linked.put($S, $T.of(target))", relation.name(), Types.LIST)
			.addStatement("String source = create($S, linked)", path)
			.addStatement("$T unknown = $N()", BODY, sample(entity))
			.addStatement("unknown.put($S, $T.of($T.randomUUID().toString()))", relation.name(), Types.LIST,
					Types.UUID)
			.addStatement("send($S, unknown).andExpect(status().isBadRequest())", path);
		if (relation.isOneToMany()) {
			test.addStatement("$T again = $N()", BODY, sample(entity))
				.addStatement("again.put($S, $T.of(target))", relation.name(), Types.LIST)
				.addStatement("send($S, again).andExpect(status().isConflict())", path);
		}
		String held = "$." + relation.name();
		return test.addStatement("mvc.perform(get($S + source)).andExpect(jsonPath($S).value(target))", path + "/",
				held + "[0]")
			.addStatement("mvc.perform(delete($S + target)).andExpect(status().isNoContent())", targetPath + "/")
			.addStatement("mvc.perform(get($S + source)).andExpect(jsonPath($S).isEmpty())", path + "/", held)
			.build();
	}

	private static MethodSpec.Builder test(String name) {
		return MethodSpec.methodBuilder(name).addAnnotation(Types.TEST).addException(Exception.class);
	}

	private static String sample(Entity entity) {
		return "sample" + entity.name();
	}

	private static String article(String noun) {
		return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "An" : "A";
	}

}
