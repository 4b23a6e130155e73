package dev.stratus;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Fails when a module reaches into another module's internals; writes the module docs. */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(StratusApplication.class);

	@Test
	void keepsModulesApart() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeDocumentation();
	}

}
