package dev.stratus.workspace;

import java.util.Arrays;
import java.util.Optional;

/** What a project's code is generated for. */
public enum Stack {

	SPRING_BOOT("spring-boot"), NODE_EXPRESS("node-express"), REACT_VITE("react-vite");

	private final String wire;

	Stack(String wire) {
		this.wire = wire;
	}

	public String wire() {
		return wire;
	}

	public static Optional<Stack> fromWire(String wire) {
		return Arrays.stream(values()).filter(stack -> stack.wire.equals(wire)).findFirst();
	}

}
