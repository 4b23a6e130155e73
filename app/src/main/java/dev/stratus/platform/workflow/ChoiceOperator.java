package dev.stratus.platform.workflow;

import java.util.Arrays;
import java.util.Optional;

/** The comparison operators of a Choice rule, by their names in the language. */
enum ChoiceOperator {

	STRING_EQUALS("StringEquals", Family.STRING, Relation.EQ),
	STRING_LESS_THAN("StringLessThan", Family.STRING, Relation.LT),
	STRING_GREATER_THAN("StringGreaterThan", Family.STRING, Relation.GT),
	STRING_LESS_THAN_EQUALS("StringLessThanEquals", Family.STRING, Relation.LE),
	STRING_GREATER_THAN_EQUALS("StringGreaterThanEquals", Family.STRING, Relation.GE),
	STRING_MATCHES("StringMatches", Family.MATCHES, Relation.EQ),
	NUMERIC_EQUALS("NumericEquals", Family.NUMERIC, Relation.EQ),
	NUMERIC_LESS_THAN("NumericLessThan", Family.NUMERIC, Relation.LT),
	NUMERIC_GREATER_THAN("NumericGreaterThan", Family.NUMERIC, Relation.GT),
	NUMERIC_LESS_THAN_EQUALS("NumericLessThanEquals", Family.NUMERIC, Relation.LE),
	NUMERIC_GREATER_THAN_EQUALS("NumericGreaterThanEquals", Family.NUMERIC, Relation.GE),
	BOOLEAN_EQUALS("BooleanEquals", Family.BOOLEAN, Relation.EQ),
	TIMESTAMP_EQUALS("TimestampEquals", Family.TIMESTAMP, Relation.EQ),
	TIMESTAMP_LESS_THAN("TimestampLessThan", Family.TIMESTAMP, Relation.LT),
	TIMESTAMP_GREATER_THAN("TimestampGreaterThan", Family.TIMESTAMP, Relation.GT),
	TIMESTAMP_LESS_THAN_EQUALS("TimestampLessThanEquals", Family.TIMESTAMP, Relation.LE),
	TIMESTAMP_GREATER_THAN_EQUALS("TimestampGreaterThanEquals", Family.TIMESTAMP, Relation.GE),
	IS_NULL("IsNull", Family.TYPE, Relation.EQ),
	IS_PRESENT("IsPresent", Family.TYPE, Relation.EQ),
	IS_NUMERIC("IsNumeric", Family.TYPE, Relation.EQ),
	IS_STRING("IsString", Family.TYPE, Relation.EQ),
	IS_BOOLEAN("IsBoolean", Family.TYPE, Relation.EQ),
	IS_TIMESTAMP("IsTimestamp", Family.TYPE, Relation.EQ);

	private final String name;

	private final Family family;

	private final Relation relation;

	ChoiceOperator(String name, Family family, Relation relation) {
		this.name = name;
		this.family = family;
		this.relation = relation;
	}

	/** The operator a rule's field names, {@code …Path} variants included, and whether it was one. */
	static Optional<Named> named(String field) {
		boolean path = field.endsWith("Path");
		String base = path ? field.substring(0, field.length() - 4) : field;
		return Arrays.stream(values())
			.filter(operator -> operator.name.equals(base)
					&& (!path || operator.family != Family.TYPE && operator.family != Family.MATCHES))
			.findFirst()
			.map(operator -> new Named(operator, path));
	}

	Family family() {
		return family;
	}

	String label() {
		return name;
	}

	/** Whether a comparison result ({@code compareTo}'s sign) satisfies this operator. */
	boolean holds(int comparison) {
		return switch (relation) {
			case EQ -> comparison == 0;
			case LT -> comparison < 0;
			case GT -> comparison > 0;
			case LE -> comparison <= 0;
			case GE -> comparison >= 0;
		};
	}

	/** An operator as a rule names it. */
	record Named(ChoiceOperator operator, boolean byPath) {
	}

	enum Family {
		STRING, MATCHES, NUMERIC, BOOLEAN, TIMESTAMP, TYPE
	}

	private enum Relation {
		EQ, LT, GT, LE, GE
	}

}
