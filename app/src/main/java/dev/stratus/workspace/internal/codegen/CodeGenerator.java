package dev.stratus.workspace.internal.codegen;

import dev.stratus.workspace.internal.schema.Schema;

/** Renders projects of one stack. */
public interface CodeGenerator {

	/** The stack, as a project names it ({@code spring-boot}). */
	String stack();

	/**
	 * The project for {@code schema}, named after {@code projectName}.
	 * @param schema a schema without problems for this stack ({@code SchemaRules.check}), else the result is
	 * undefined
	 */
	GeneratedProject generate(String projectName, Schema schema);

}
