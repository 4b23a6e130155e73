package dev.stratus.workspace.internal.schema;

import java.util.Locale;
import java.util.Set;

/**
 * How schema names become Java names in a generated Spring Boot project, and which names cannot: the
 * generator derives classes, packages, record components and URL paths from them, so every name the
 * validator lets through must compile and map to a route of its own.
 */
public final class JavaNames {

	/**
	 * Keywords, literals and the restricted identifiers that can break a declaration or a statement: none can
	 * name a field, a package or an enum value. (Module-only words such as {@code open} or {@code to} can.)
	 */
	static final Set<String> KEYWORDS = Set.of("abstract", "assert", "boolean", "break", "byte", "case", "catch",
			"char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "final",
			"finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface", "long",
			"native", "new", "package", "private", "protected", "public", "return", "short", "static", "strictfp",
			"super", "switch", "synchronized", "this", "throw", "throws", "transient", "try", "void", "volatile",
			"while", "true", "false", "null", "var", "yield", "record", "sealed", "permits", "_");

	/**
	 * Methods every generated entity record has already: a component of one of these names would not compile
	 * ({@code getClass} is final) or would silently change what the record means.
	 */
	static final Set<String> MEMBERS = Set.of("getClass", "hashCode", "toString", "equals", "notify", "notifyAll",
			"wait", "clone", "finalize", "withId");

	/**
	 * Types the sources of an entity's package name by their simple name ({@code java.lang}'s and the ones
	 * they import), and the classes the generator adds beside them. An entity or enum type of the same name
	 * would shadow them or be shadowed.
	 */
	static final Set<String> TYPES = Set.of(
			// java.lang
			"Object", "String", "Class", "Enum", "Record", "Integer", "Long", "Short", "Byte", "Double", "Float",
			"Boolean", "Character", "Number", "Void", "Math", "StrictMath", "System", "Runtime", "Thread", "Process",
			"Throwable", "Exception", "Error", "RuntimeException", "Iterable", "Comparable", "Runnable",
			"CharSequence", "StringBuilder", "Override", "Deprecated", "SuppressWarnings", "SafeVarargs",
			"FunctionalInterface", "Package", "Module", "ClassLoader", "AutoCloseable", "Cloneable",
			// the JDK types an entity's sources import
			"UUID", "List", "Map", "Optional", "LinkedHashMap", "BigDecimal", "LocalDate", "Instant",
			"ThreadLocalRandom",
			// the Spring, Bean Validation, JUnit, Hamcrest and Jackson types they import
			"RestController", "RequestMapping", "GetMapping", "PostMapping", "PutMapping", "DeleteMapping",
			"PathVariable", "RequestBody", "ResponseStatus", "HttpStatus", "ResponseStatusException", "Repository",
			"Valid", "NotNull", "NotBlank", "Size", "SpringBootTest", "AutoConfigureMockMvc", "Autowired", "MockMvc",
			"MediaType", "ResultActions", "Test", "JsonPath", "JsonMapper", "Matchers",
			// the classes the generator writes besides the entities'
			"Application", "ApplicationTests", "WriteLock");

	private JavaNames() {
	}

	/** Whether {@code name} is a Java keyword, literal or restricted identifier. */
	public static boolean isKeyword(String name) {
		return KEYWORDS.contains(name);
	}

	/** {@code orderLines} → {@code OrderLines}: the type of an enum field, the suffix of a repository method. */
	public static String pascal(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

	/** {@code OrderLine} → {@code orderline}: the package of an entity's record, repository and controller. */
	public static String packageSegment(String entity) {
		return entity.toLowerCase(Locale.ROOT);
	}

	/** {@code OrderLine} → {@code /api/order-lines}: where an entity's REST resource lives. */
	public static String resourcePath(String entity) {
		String kebab = entity.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
		return "/api/" + plural(kebab);
	}

	/** {@code order-line} → {@code order-lines}, {@code Category} → {@code Categories}: English plurals of nouns. */
	public static String plural(String noun) {
		if (noun.matches(".*[^aeiou]y")) {
			return noun.substring(0, noun.length() - 1) + "ies";
		}
		if (noun.matches(".*(s|x|z|ch|sh)")) {
			return noun + "es";
		}
		return noun + "s";
	}

}
