package dev.stratus.workspace.internal.schema;

import java.util.Optional;
import java.util.Set;

/**
 * The names a project's stack cannot take, so that a schema which passes the rules also generates code that
 * compiles: one instance per stack a project can have.
 */
enum ReservedNames {

	JAVA("spring-boot") {

		@Override
		Optional<String> entity(String name) {
			if (JavaNames.TYPES.contains(name)) {
				return Optional.of("names a Java or Spring type the generated code uses");
			}
			if (JavaNames.KEYWORDS.contains(JavaNames.packageSegment(name))) {
				return Optional.of("would name a Java package after a keyword");
			}
			return Optional.empty();
		}

		@Override
		Optional<String> member(String name) {
			if (JavaNames.KEYWORDS.contains(name)) {
				return Optional.of("is a Java keyword");
			}
			if (JavaNames.MEMBERS.contains(name)) {
				return Optional.of("names a method every generated entity has");
			}
			return Optional.empty();
		}

		@Override
		Optional<String> enumType(String entity, String field) {
			String type = JavaNames.pascal(field);
			if (JavaNames.TYPES.contains(type) || type.equals(entity)) {
				return Optional.of("would name its enum type " + type + ", which clashes with a type the generated "
						+ "entity uses");
			}
			return Optional.empty();
		}

		@Override
		Optional<String> enumValue(String value) {
			return JavaNames.KEYWORDS.contains(value) ? Optional.of("is a Java keyword") : Optional.empty();
		}

	},

	JAVASCRIPT("node-express", "react-vite") {

		@Override
		Optional<String> entity(String name) {
			return GLOBALS.contains(name) ? Optional.of("names a JavaScript global") : Optional.empty();
		}

		@Override
		Optional<String> member(String name) {
			if (WORDS.contains(name)) {
				return Optional.of("is a JavaScript reserved word");
			}
			return MEMBERS.contains(name) ? Optional.of("names a member every JavaScript object has")
					: Optional.empty();
		}

		@Override
		Optional<String> enumType(String entity, String field) {
			return Optional.empty();
		}

		@Override
		Optional<String> enumValue(String value) {
			return Optional.empty();
		}

	};

	private static final Set<String> WORDS = Set.of("await", "break", "case", "catch", "class", "const", "continue",
			"debugger", "default", "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
			"function", "if", "implements", "import", "in", "instanceof", "interface", "let", "new", "null", "package",
			"private", "protected", "public", "return", "static", "super", "switch", "this", "throw", "true", "try",
			"typeof", "var", "void", "while", "with", "yield", "arguments", "eval", "undefined");

	private static final Set<String> MEMBERS = Set.of("constructor", "prototype", "hasOwnProperty", "isPrototypeOf",
			"propertyIsEnumerable", "toString", "toLocaleString", "valueOf");

	private static final Set<String> GLOBALS = Set.of("Object", "Array", "String", "Number", "Boolean", "Symbol",
			"BigInt", "Date", "Map", "Set", "WeakMap", "WeakSet", "Promise", "Error", "JSON", "Math", "RegExp",
			"Function", "Proxy", "Reflect", "Intl", "Request", "Response", "Headers", "URL", "Infinity", "NaN");

	private final Set<String> stacks;

	ReservedNames(String... stacks) {
		this.stacks = Set.of(stacks);
	}

	/** @throws IllegalArgumentException for a stack no project can have */
	static ReservedNames of(String stack) {
		for (ReservedNames names : values()) {
			if (names.stacks.contains(stack)) {
				return names;
			}
		}
		throw new IllegalArgumentException("Unknown stack " + stack);
	}

	/** Why an entity cannot have this name, if it cannot. */
	abstract Optional<String> entity(String name);

	/** Why a field or a relation cannot have this name, if it cannot. */
	abstract Optional<String> member(String name);

	/** Why an enum field of {@code entity} cannot have this name, if it cannot (beyond {@link #member}). */
	abstract Optional<String> enumType(String entity, String field);

	/** Why an enum value cannot be this, if it cannot. */
	abstract Optional<String> enumValue(String value);

}
