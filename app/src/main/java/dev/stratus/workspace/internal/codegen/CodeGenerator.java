package dev.stratus.workspace.internal.codegen;

import dev.stratus.workspace.internal.schema.Schema;

/** Renders projects of one stack. */
public interface CodeGenerator {

	/** The stack, as a project names it ({@code spring-boot}). */
	String stack();

	/**
	 * The project for {@code schema}, named after {@code projectName}.
	 * @throws dev.stratus.platform.errors.InvalidInput when {@code schema} breaks a rule for this stack (one
	 * stored before a rule was added, say): {@code SchemaRules} names them
	 */
	GeneratedProject generate(String projectName, Schema schema);

}
