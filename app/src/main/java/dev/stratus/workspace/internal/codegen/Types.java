package dev.stratus.workspace.internal.codegen;

import com.palantir.javapoet.ClassName;

/**
 * The library types generated sources use, by name: most are not on Stratus's own class path (test
 * libraries), and naming them all here keeps {@code JavaNames.TYPES}, the names schemas cannot take, in view.
 */
final class Types {

	static final ClassName UUID = ClassName.get("java.util", "UUID");

	static final ClassName LIST = ClassName.get("java.util", "List");

	static final ClassName MAP = ClassName.get("java.util", "Map");

	static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");

	static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");

	static final ClassName SUPPLIER = ClassName.get("java.util.function", "Supplier");

	static final ClassName THREAD_LOCAL_RANDOM = ClassName.get("java.util.concurrent", "ThreadLocalRandom");

	static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");

	static final ClassName LOCAL_DATE = ClassName.get("java.time", "LocalDate");

	static final ClassName INSTANT = ClassName.get("java.time", "Instant");

	static final ClassName NOT_NULL = ClassName.get("jakarta.validation.constraints", "NotNull");

	static final ClassName NOT_BLANK = ClassName.get("jakarta.validation.constraints", "NotBlank");

	static final ClassName SIZE = ClassName.get("jakarta.validation.constraints", "Size");

	static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");

	static final ClassName SPRING_APPLICATION = ClassName.get("org.springframework.boot", "SpringApplication");

	static final ClassName SPRING_BOOT_APPLICATION = ClassName.get("org.springframework.boot.autoconfigure",
			"SpringBootApplication");

	static final ClassName COMPONENT = ClassName.get("org.springframework.stereotype", "Component");

	static final ClassName REPOSITORY = ClassName.get("org.springframework.stereotype", "Repository");

	static final ClassName HTTP_STATUS = ClassName.get("org.springframework.http", "HttpStatus");

	static final ClassName MEDIA_TYPE = ClassName.get("org.springframework.http", "MediaType");

	static final ClassName RESPONSE_STATUS_EXCEPTION = ClassName.get("org.springframework.web.server",
			"ResponseStatusException");

	static final ClassName REST_CONTROLLER = web("RestController");

	static final ClassName REQUEST_MAPPING = web("RequestMapping");

	static final ClassName GET_MAPPING = web("GetMapping");

	static final ClassName POST_MAPPING = web("PostMapping");

	static final ClassName PUT_MAPPING = web("PutMapping");

	static final ClassName DELETE_MAPPING = web("DeleteMapping");

	static final ClassName PATH_VARIABLE = web("PathVariable");

	static final ClassName REQUEST_BODY = web("RequestBody");

	static final ClassName RESPONSE_STATUS = web("ResponseStatus");

	static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");

	static final ClassName AUTOWIRED = ClassName.get("org.springframework.beans.factory.annotation", "Autowired");

	static final ClassName SPRING_BOOT_TEST = ClassName.get("org.springframework.boot.test.context",
			"SpringBootTest");

	static final ClassName AUTO_CONFIGURE_MOCK_MVC = ClassName.get(
			"org.springframework.boot.webmvc.test.autoconfigure", "AutoConfigureMockMvc");

	static final ClassName MOCK_MVC = ClassName.get("org.springframework.test.web.servlet", "MockMvc");

	static final ClassName REQUESTS = ClassName.get("org.springframework.test.web.servlet.request",
			"MockMvcRequestBuilders");

	static final ClassName RESULTS = ClassName.get("org.springframework.test.web.servlet.result",
			"MockMvcResultMatchers");

	static final ClassName RESULT_ACTIONS = ClassName.get("org.springframework.test.web.servlet", "ResultActions");

	static final ClassName MATCHERS = ClassName.get("org.hamcrest", "Matchers");

	static final ClassName JSON_PATH = ClassName.get("com.jayway.jsonpath", "JsonPath");

	static final ClassName JSON_MAPPER = ClassName.get("tools.jackson.databind.json", "JsonMapper");

	private Types() {
	}

	private static ClassName web(String annotation) {
		return ClassName.get("org.springframework.web.bind.annotation", annotation);
	}

}
