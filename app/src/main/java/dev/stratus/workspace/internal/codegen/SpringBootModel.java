package dev.stratus.workspace.internal.codegen;

import java.util.List;

/**
 * What the templates of a generated Spring Boot project ({@code src/main/jte/workspace/springboot}) are
 * rendered from. Public only because jte compiles templates into a package of their own.
 * @param nameXml the project's name, escaped for XML text
 */
public record SpringBootModel(String name, String nameXml, String groupId, String artifactId, String basePackage,
		String bootVersion, String javaVersion, List<Resource> resources) {

	/** One entity's REST resource, as the README lists it. */
	public record Resource(String entity, String path, List<String> fields) {
	}

}
