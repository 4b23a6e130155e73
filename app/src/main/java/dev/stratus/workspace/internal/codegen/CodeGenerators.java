package dev.stratus.workspace.internal.codegen;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dev.stratus.workspace.internal.schema.Schema;
import org.springframework.stereotype.Component;

/**
 * The stacks code can be generated for. A stack is offered only once a test builds its generated project
 * offline here (for {@code spring-boot}, {@code mvn -o package} with the project's own tests), so a project
 * of another stack is refused before its generation is queued.
 */
@Component
public class CodeGenerators {

	private final Map<String, CodeGenerator> byStack;

	public CodeGenerators(List<CodeGenerator> generators) {
		this.byStack = generators.stream()
			.collect(Collectors.toUnmodifiableMap(CodeGenerator::stack, Function.identity()));
	}

	/** The stacks offered, as projects name them. */
	public Set<String> offered() {
		return byStack.keySet();
	}

	/** Whether projects of {@code stack} can have code generated. */
	public boolean offers(String stack) {
		return byStack.containsKey(stack);
	}

	/**
	 * The project for {@code schema} in {@code stack}.
	 * @throws IllegalArgumentException for a stack not {@linkplain #offers offered}: callers refuse it first
	 */
	public GeneratedProject generate(String stack, String projectName, Schema schema) {
		CodeGenerator generator = byStack.get(stack);
		if (generator == null) {
			throw new IllegalArgumentException("Code generation is not offered for " + stack);
		}
		return generator.generate(projectName, schema);
	}

}
