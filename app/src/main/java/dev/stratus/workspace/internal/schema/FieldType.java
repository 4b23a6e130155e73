package dev.stratus.workspace.internal.schema;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** The types a {@link Field} can have, by their names in the contract. */
public enum FieldType {

	STRING("string"), TEXT("text"), INTEGER("integer"), DECIMAL("decimal"), BOOLEAN("boolean"), DATE("date"),
	TIMESTAMP("timestamp"), UUID("uuid"), ENUM("enum");

	/** Every name, as an error message lists them. */
	static final String NAMES = Arrays.stream(values()).map(FieldType::wireName).collect(Collectors.joining(", "));

	private final String wireName;

	FieldType(String wireName) {
		this.wireName = wireName;
	}

	/** The name in the contract ({@code "timestamp"}). */
	public String wireName() {
		return wireName;
	}

	static Optional<FieldType> named(@Nullable String name) {
		return Arrays.stream(values()).filter(type -> type.wireName.equals(name)).findFirst();
	}

}
