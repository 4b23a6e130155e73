package dev.stratus.workspace.internal.codegen;

import java.util.Optional;

import com.palantir.javapoet.CodeBlock;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.FieldType;

/**
 * What a generated test sends: a valid body of an entity (fresh values for unique fields, so tests sharing
 * one application never collide) and one change that makes it invalid.
 */
final class SampleBodies {

	private SampleBodies() {
	}

	/** A {@code Map<String, Object>} named {@code body} filled with a valid row, in statements. */
	static CodeBlock valid(Entity entity) {
		CodeBlock.Builder body = CodeBlock.builder()
			.addStatement("$T<String, Object> body = new $T<>()", Types.MAP, Types.LINKED_HASH_MAP);
		for (Field field : entity.fields()) {
			body.addStatement("body.put($S, $L)", field.name(), value(field));
		}
		entity.relations().forEach(relation -> body.addStatement("body.put($S, $T.of())", relation.name(), Types.LIST));
		return body.build();
	}

	private static CodeBlock value(Field field) {
		boolean fresh = field.isUnique();
		return switch (field.fieldType()) {
			case STRING, TEXT -> fresh ? CodeBlock.of("$S + $T.randomUUID()", field.name() + "-", Types.UUID)
					: CodeBlock.of("$S", "Sample " + field.name());
			case INTEGER -> fresh ? CodeBlock.of("$L.nextLong(1, Long.MAX_VALUE)", random()) : CodeBlock.of("42L");
			case DECIMAL -> fresh ? CodeBlock.of("$T.valueOf($L.nextLong(1, 1_000_000_000L), 2)", Types.BIG_DECIMAL,
					random()) : CodeBlock.of("new $T($S)", Types.BIG_DECIMAL, "12.50");
			case BOOLEAN -> CodeBlock.of("true");
			case DATE -> fresh ? CodeBlock.of("$T.of(2000, 1, 1).plusDays($L.nextLong(2_000_000)).toString()",
					Types.LOCAL_DATE, random()) : CodeBlock.of("$S", "2024-05-17");
			case TIMESTAMP -> fresh ? CodeBlock.of("$T.ofEpochSecond($L.nextLong(4_000_000_000L)).toString()",
					Types.INSTANT, random()) : CodeBlock.of("$S", "2024-05-17T10:15:30Z");
			case UUID -> CodeBlock.of("$T.randomUUID().toString()", Types.UUID);
			case ENUM -> CodeBlock.of("$S", field.enumValues().get(0));
		};
	}

	private static CodeBlock random() {
		return CodeBlock.of("$T.current()", Types.THREAD_LOCAL_RANDOM);
	}

	/**
	 * One statement that breaks the valid {@code body}: a required field left out, else a text too long,
	 * else a value of the wrong JSON type; empty when the entity has nothing to break (then the test sends
	 * a JSON array instead of an object).
	 */
	static Optional<CodeBlock> breakValid(Entity entity) {
		Optional<Field> required = entity.fields().stream().filter(Field::isRequired).findFirst();
		if (required.isPresent()) {
			return Optional.of(CodeBlock.of("body.remove($S)", required.get().name()));
		}
		Optional<Field> text = entity.fields()
			.stream()
			.filter(field -> field.fieldType() == FieldType.STRING || field.fieldType() == FieldType.TEXT)
			.findFirst();
		if (text.isPresent()) {
			int tooLong = (text.get().fieldType() == FieldType.STRING ? EntitySources.STRING_LENGTH
					: EntitySources.TEXT_LENGTH) + 1;
			return Optional.of(CodeBlock.of("body.put($S, $S.repeat($L))", text.get().name(), "x", tooLong));
		}
		if (!entity.fields().isEmpty()) {
			// No field of any other type reads "not a value": not a number, date, id, flag or enum constant.
			return Optional.of(CodeBlock.of("body.put($S, $S)", entity.fields().get(0).name(), "not a value"));
		}
		if (!entity.relations().isEmpty()) {
			return Optional.of(CodeBlock.of("body.put($S, $T.of($S))", entity.relations().get(0).name(), Types.LIST,
					"not an id"));
		}
		return Optional.empty();
	}

}
