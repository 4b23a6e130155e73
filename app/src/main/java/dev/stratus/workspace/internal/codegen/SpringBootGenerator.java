package dev.stratus.workspace.internal.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.JavaNames;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.springframework.boot.SpringBootVersion;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Renders a Maven project for the {@code spring-boot} stack: per entity a record, an in-memory repository,
 * a REST controller and its test; an application with actuator health, its properties and a README. It
 * uses Stratus's own Spring Boot version and Java release, so the project builds offline against the local
 * Maven repository Stratus's build filled.
 */
@Component
class SpringBootGenerator implements CodeGenerator {

	static final String STACK = "spring-boot";

	static final String GROUP_ID = "com.example";

	static final String JAVA_VERSION = "17";

	private static final String MAIN = "src/main/java";

	private static final String TEST = "src/test/java";

	private final TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Plain);

	@Override
	public String stack() {
		return STACK;
	}

	@Override
	public GeneratedProject generate(String projectName, Schema schema) {
		String artifactId = artifactId(projectName);
		Layout layout = new Layout(GROUP_ID + "." + packageSegment(artifactId), schema);
		EntitySources entities = new EntitySources(layout);
		ControllerSource controllers = new ControllerSource(layout);
		ControllerTestSource tests = new ControllerTestSource(layout);
		ApplicationSources application = new ApplicationSources(layout);
		SpringBootModel model = new SpringBootModel(projectName, HtmlUtils.htmlEscape(projectName), GROUP_ID,
				artifactId, layout.basePackage(), bootVersion(), JAVA_VERSION, resources(layout));
		ProjectFiles files = new ProjectFiles().add("pom.xml", render("pom", model))
			.add("README.md", render("readme", model))
			.add("src/main/resources/application.properties", render("application-properties", model))
			.add(MAIN, java(layout.basePackage(), application.application(projectName)))
			.add(MAIN, java(layout.basePackage(), application.writeLock()))
			.add(TEST, java(layout.basePackage(), application.applicationTests()));
		for (Entity entity : layout.entities()) {
			String entityPackage = layout.record(entity).packageName();
			files.add(MAIN, java(entityPackage, entities.record(entity)))
				.add(MAIN, java(entityPackage, entities.repository(entity)))
				.add(MAIN, java(entityPackage, controllers.controller(entity)))
				.add(TEST, tests.tests(entity));
		}
		return files.toProject();
	}

	/** {@code "My Shop!"} → {@code my-shop}: the Maven artifact and the jar's name. */
	static String artifactId(String projectName) {
		String slug = projectName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.isEmpty() ? "app" : slug;
	}

	/** {@code my-shop} → {@code myshop}, a legal package name part ({@code 3d} → {@code app3d}). */
	static String packageSegment(String artifactId) {
		String segment = artifactId.replace("-", "");
		boolean legal = !segment.isEmpty() && Character.isLetter(segment.charAt(0))
				&& !JavaNames.isKeyword(segment);
		return legal ? segment : "app" + segment;
	}

	private static String bootVersion() {
		return Objects.requireNonNull(SpringBootVersion.getVersion(), "Spring Boot's version is unknown");
	}

	private static List<SpringBootModel.Resource> resources(Layout layout) {
		return layout.entities().stream().map(entity -> {
			List<String> fields = new ArrayList<>();
			fields.add("id (uuid)");
			for (Field field : entity.fields()) {
				String flags = (field.isRequired() ? ", required" : "") + (field.isUnique() ? ", unique" : "");
				fields.add(field.name() + " (" + field.fieldType().wireName() + flags + ")");
			}
			for (Relation relation : entity.relations()) {
				fields.add(relation.name() + " (ids of " + relation.target() + ", " + relation.kind() + ")");
			}
			return new SpringBootModel.Resource(entity.name(), JavaNames.resourcePath(entity.name()), fields);
		}).toList();
	}

	private String render(String template, SpringBootModel model) {
		StringOutput output = new StringOutput();
		templates.render("workspace/springboot/" + template + ".jte", model, output);
		return output.toString();
	}

	private static JavaFile java(String packageName, TypeSpec type) {
		return JavaFile.builder(packageName, type).skipJavaLangImports(true).indent("\t").build();
	}

}
