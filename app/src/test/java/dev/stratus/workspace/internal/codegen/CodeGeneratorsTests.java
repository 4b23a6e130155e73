package dev.stratus.workspace.internal.codegen;

import java.util.List;

import dev.stratus.workspace.internal.schema.SampleSchemas;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Which stacks code is generated for: only those whose projects a test builds offline. */
class CodeGeneratorsTests {

	private final CodeGenerators generators = new CodeGenerators(List.of(new SpringBootGenerator()));

	@Test
	void offersSpringBootOnly() {
		assertThat(generators.offered()).containsExactly("spring-boot");
		assertThat(generators.offers("spring-boot")).isTrue();
		assertThat(generators.offers("node-express")).isFalse();
		assertThat(generators.offers("react-vite")).isFalse();
	}

	@Test
	void refusesToGenerateForAStackNotOffered() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> generators.generate("node-express", "Acme", SampleSchemas.shop()))
			.withMessageContaining("node-express");
	}

	@Test
	void generatesForAnOfferedStack() {
		assertThat(generators.generate("spring-boot", "Acme", SampleSchemas.shop()).files()).contains("pom.xml");
	}

}
