package dev.stratus.workspace.internal.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.stratus.workspace.internal.schema.SampleSchemas.entity;
import static dev.stratus.workspace.internal.schema.SampleSchemas.enumField;
import static dev.stratus.workspace.internal.schema.SampleSchemas.field;
import static dev.stratus.workspace.internal.schema.SampleSchemas.relation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The rules a schema meets (docs/API.md "Schema"), each broken one named at its path. */
class SchemaRulesTests {

	private static final String JAVA = "spring-boot";

	@Test
	void acceptsTheSampleShopForEveryStack() {
		for (String stack : List.of("spring-boot", "node-express", "react-vite")) {
			assertThat(SchemaRules.problems(SampleSchemas.shop(), stack)).as(stack).isEmpty();
		}
	}

	@Test
	void acceptsAnEmptySchemaAndEntitiesWithoutFieldsOrRelations() {
		assertThat(SchemaRules.problems(new Schema(null), JAVA)).isEmpty();
		assertThat(SchemaRules.problems(new Schema(List.of(new Entity("Thing", null, null))), JAVA)).isEmpty();
	}

	@Test
	void refusesAnUnknownStack() {
		assertThatIllegalArgumentException().isThrownBy(() -> SchemaRules.problems(new Schema(null), "cobol"));
	}

	@Test
	void listsEveryBrokenRuleAtOnceAndThrowsThemAsInvalidInput() {
		Schema schema = schema(entity("customer", List.of(field("Email", "string", false, false))),
				entity("Order", List.of(field("total", "money", false, false))));

		InvalidInput invalid = catchThrowableOfType(InvalidInput.class, () -> SchemaRules.check(schema, JAVA));

		assertThat(invalid.problems()).extracting(FieldProblem::field)
			.containsExactly("entities[0].name", "entities[0].fields[0].name", "entities[1].fields[0].type");
	}

	@Nested
	class Entities {

		@ParameterizedTest
		@ValueSource(strings = { "", "customer", "Order_Line", "Order-Line", "Ärger", "1Thing",
				"A1234567890123456789012345678901234567890123456789012345678901234" })
		void mustBePascalCaseOfOneToSixtyFourCharacters(String name) {
			assertThat(problems(schema(entity(name, List.of())))).containsExactly(
					problem("entities[0].name", "must be PascalCase: a capital letter, then letters or digits, 1 to 64 "
							+ "characters"));
		}

		@Test
		void acceptsSixtyFourCharacters() {
			assertThat(problems(schema(entity("A" + "b".repeat(63), List.of())))).isEmpty();
		}

		@Test
		void mustHaveAName() {
			assertThat(problems(schema(new Entity(null, List.of(), List.of())))).extracting(FieldProblem::field)
				.containsExactly("entities[0].name");
		}

		@Test
		void mustNotBeNull() {
			assertThat(problems(new Schema(Arrays.asList(entity("Thing", List.of()), null))))
				.containsExactly(problem("entities[1]", "must not be null"));
		}

		@Test
		void mustNotRepeatANameEvenInAnotherCase() {
			assertThat(problems(schema(entity("Order", List.of()), entity("Item", List.of()),
					entity("ORDER", List.of()))))
				.containsExactly(problem("entities[2].name",
						"'ORDER' is taken by entities[0].name (names are compared ignoring case)"));
		}

		@Test
		void mustNotServeTheSamePathAsAnother() {
			assertThat(problems(schema(entity("Bus", List.of()), entity("Buse", List.of()))))
				.containsExactly(problem("entities[1].name", "would serve /api/buses, as entities[0].name does"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "String", "Object", "Record", "List", "UUID", "BigDecimal", "Instant", "Valid",
				"NotNull", "HttpStatus", "RestController", "Application", "WriteLock", "Test" })
		void mustNotNameATypeTheGeneratedJavaUses(String name) {
			assertThat(problems(schema(entity(name, List.of())))).containsExactly(problem("entities[0].name",
					"'" + name + "' is reserved: it names a Java or Spring type the generated code uses"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "New", "Int", "Default", "Var", "Goto" })
		void mustNotNameItsJavaPackageAfterAKeyword(String name) {
			assertThat(problems(schema(entity(name, List.of())))).containsExactly(
					problem("entities[0].name", "'" + name + "' is reserved: it would name a Java package after a "
							+ "keyword"));
		}

		@Test
		void mayNameJavaTypesInAJavaScriptProject() {
			assertThat(SchemaRules.problems(schema(entity("Application", List.of())), "node-express")).isEmpty();
			assertThat(SchemaRules.problems(schema(entity("Promise", List.of())), "react-vite"))
				.containsExactly(problem("entities[0].name", "'Promise' is reserved: it names a JavaScript global"));
		}

		@Test
		void mustNotBeMoreThanAHundred() {
			List<Entity> entities = new ArrayList<>();
			for (int i = 0; i <= SchemaRules.MAX_ENTITIES; i++) {
				entities.add(entity("Thing" + i, List.of()));
			}
			assertThat(problems(new Schema(entities)))
				.containsExactly(problem("entities", "must have at most 100 entities"));
		}

	}

	@Nested
	class Fields {

		@ParameterizedTest
		@ValueSource(strings = { "", "Email", "e_mail", "e-mail", "1st", "émail",
				"a1234567890123456789012345678901234567890123456789012345678901234" })
		void mustBeCamelCaseOfOneToSixtyFourCharacters(String name) {
			assertThat(problems(fields(field(name, "string", false, false)))).containsExactly(
					problem("entities[0].fields[0].name", "must be camelCase: a small letter, then letters or digits, "
							+ "1 to 64 characters"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "id", "ID", "Id" })
		void mustNotBeNamedIdWhichIsImplicit(String name) {
			assertThat(problems(fields(field("email", "string", false, false), field(name.toLowerCase(), "uuid",
					false, false))))
				.containsExactly(problem("entities[0].fields[1].name",
						"'id' is taken by the implicit id (names are compared ignoring case)"));
		}

		@Test
		void mustNotRepeatANameWithinAnEntityEvenInAnotherCase() {
			assertThat(problems(fields(field("email", "string", false, false), field("name", "string", false, false),
					field("eMail", "text", false, false))))
				.containsExactly(problem("entities[0].fields[2].name",
						"'eMail' is taken by entities[0].fields[0].name (names are compared ignoring case)"));
		}

		@Test
		void mayRepeatANameOfAnotherEntity() {
			assertThat(problems(schema(entity("Customer", List.of(field("name", "string", false, false))),
					entity("Product", List.of(field("name", "string", false, false)))))).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "open", "to", "with", "module", "when" })
		void mayBeAWordReservedInModuleDeclarationsOnly(String name) {
			assertThat(problems(fields(field(name, "string", false, false)))).isEmpty();
		}

		@ParameterizedTest
		@ValueSource(strings = { "class", "new", "int", "true", "null", "var", "record", "yield", "enum" })
		void mustNotBeAJavaKeyword(String name) {
			assertThat(problems(fields(field(name, "string", false, false)))).containsExactly(
					problem("entities[0].fields[0].name", "'" + name + "' is reserved: it is a Java keyword"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "getClass", "hashCode", "toString", "equals", "wait", "withId" })
		void mustNotNameAMethodOfTheGeneratedRecord(String name) {
			assertThat(problems(fields(field(name, "string", false, false)))).containsExactly(problem(
					"entities[0].fields[0].name", "'" + name + "' is reserved: it names a method every generated "
							+ "entity has"));
		}

		@Test
		void mustNotBeAJavaScriptWordInAJavaScriptProject() {
			assertThat(SchemaRules.problems(fields(field("delete", "string", false, false)), "node-express"))
				.containsExactly(problem("entities[0].fields[0].name",
						"'delete' is reserved: it is a JavaScript reserved word"));
			assertThat(SchemaRules.problems(fields(field("constructor", "string", false, false)), "react-vite"))
				.extracting(FieldProblem::field)
				.containsExactly("entities[0].fields[0].name");
		}

		@ParameterizedTest
		@ValueSource(strings = { "money", "String", "int", "json", "" })
		void mustHaveAKnownType(String type) {
			assertThat(problems(fields(field("price", type, false, false)))).containsExactly(
					problem("entities[0].fields[0].type", "must be one of string, text, integer, decimal, boolean, "
							+ "date, timestamp, uuid, enum"));
		}

		@Test
		void mustHaveAType() {
			assertThat(problems(fields(new Field("price", null, null, null, null)))).extracting(FieldProblem::field)
				.containsExactly("entities[0].fields[0].type");
		}

		@Test
		void mustNotBeNull() {
			assertThat(problems(fields(field("name", "string", false, false), null)))
				.containsExactly(problem("entities[0].fields[1]", "must not be null"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "boolean", "enum" })
		void cannotBeUniqueWithSoFewValues(String type) {
			Field unique = new Field("flag", type, false, true, type.equals("enum") ? List.of("ON", "OFF") : null);
			assertThat(problems(fields(unique))).containsExactly(problem("entities[0].fields[0].unique",
					"cannot be set on a " + type + " field: it has too few values"));
		}

		@Test
		void mustNotBeMoreThanAHundred() {
			List<Field> many = new ArrayList<>();
			for (int i = 0; i <= SchemaRules.MAX_FIELDS; i++) {
				many.add(field("field" + i, "string", false, false));
			}
			assertThat(problems(schema(entity("Thing", many))))
				.containsExactly(problem("entities[0].fields", "must have at most 100 fields"));
		}

	}

	@Nested
	class EnumValues {

		@Test
		void mustBeGivenForAnEnum() {
			for (List<String> values : Arrays.asList(null, List.<String>of())) {
				assertThat(problems(fields(new Field("status", "enum", false, false, values))))
					.containsExactly(problem("entities[0].fields[0].values", "an enum field needs 1 to 100 values"));
			}
		}

		@Test
		void mustNotBeGivenForAnotherType() {
			assertThat(problems(fields(new Field("status", "string", false, false, List.of("OPEN")))))
				.containsExactly(problem("entities[0].fields[0].values", "are for enum fields only"));
			assertThat(problems(fields(new Field("status", "string", false, false, List.of())))).isEmpty();
		}

		@Test
		void mustBeJavaConstantsOnceEach() {
			assertThat(problems(fields(new Field("status", "enum", false, false,
					Arrays.asList("OPEN", "in progress", "_hidden", null, "open", "true", "DONE_2")))))
				.containsExactly(
						problem("entities[0].fields[0].values[1]",
								"must be a letter, then letters, digits or '_', 1 to 64 characters"),
						problem("entities[0].fields[0].values[2]",
								"must be a letter, then letters, digits or '_', 1 to 64 characters"),
						problem("entities[0].fields[0].values[3]",
								"must be a letter, then letters, digits or '_', 1 to 64 characters"),
						problem("entities[0].fields[0].values[4]",
								"'open' is taken by entities[0].fields[0].values[0] (names are compared ignoring "
										+ "case)"),
						problem("entities[0].fields[0].values[5]", "'true' is reserved: it is a Java keyword"));
		}

		@Test
		void mustNotBeMoreThanAHundred() {
			List<String> values = new ArrayList<>();
			for (int i = 0; i <= SchemaRules.MAX_VALUES; i++) {
				values.add("V" + i);
			}
			assertThat(problems(fields(new Field("status", "enum", false, false, values))))
				.extracting(FieldProblem::field)
				.containsExactly("entities[0].fields[0].values");
		}

		@ParameterizedTest
		@ValueSource(strings = { "string", "list", "application", "order" })
		void mustNotNameTheirTypeLikeATypeTheEntityUses(String name) {
			String type = Character.toUpperCase(name.charAt(0)) + name.substring(1);
			assertThat(problems(schema(entity("Order", List.of(enumField(name, "A", "B")))))).containsExactly(
					problem("entities[0].fields[0].name", "would name its enum type " + type + ", which clashes with a "
							+ "type the generated entity uses"));
		}

	}

	@Nested
	class Relations {

		@Test
		void mustTargetAnEntityOfTheSchemaByItsExactName() {
			assertThat(problems(schema(entity("Customer", List.of(), relation("orders", "Order", "one-to-many"),
					relation("self", "Customer", "many-to-many"), relation("lower", "customer", "many-to-many"),
					new Relation("none", null, "one-to-many")))))
				.containsExactly(problem("entities[0].relations[0].target", "must name an entity of this schema"),
						problem("entities[0].relations[2].target", "must name an entity of this schema"),
						problem("entities[0].relations[3].target", "must name an entity of this schema"));
		}

		@ParameterizedTest
		@ValueSource(strings = { "one-to-one", "many-to-one", "ONE-TO-MANY", "" })
		void mustBeOneToManyOrManyToMany(String kind) {
			assertThat(problems(schema(entity("Customer", List.of(), relation("friends", "Customer", kind)))))
				.containsExactly(problem("entities[0].relations[0].kind", "must be one-to-many or many-to-many"));
		}

		@Test
		void mustNotRepeatANameOrTakeAFieldsName() {
			assertThat(problems(schema(entity("Customer", List.of(field("orders", "integer", false, false)),
					relation("orders", "Customer", "one-to-many"), relation("friends", "Customer", "many-to-many"),
					relation("Friends", "Customer", "many-to-many"), relation("id", "Customer", "many-to-many")))))
				.containsExactly(
						problem("entities[0].relations[0].name",
								"'orders' is taken by entities[0].fields[0].name (names are compared ignoring case)"),
						problem("entities[0].relations[2].name", "must be camelCase: a small letter, then letters or "
								+ "digits, 1 to 64 characters"),
						problem("entities[0].relations[3].name",
								"'id' is taken by the implicit id (names are compared ignoring case)"));
		}

		@Test
		void mustNotBeAJavaKeywordOrNull() {
			assertThat(problems(schema(entity("Customer", List.of(), relation("default", "Customer", "one-to-many")),
					new Entity("Order", List.of(), Collections.singletonList(null)))))
				.containsExactly(
						problem("entities[0].relations[0].name", "'default' is reserved: it is a Java keyword"),
						problem("entities[1].relations[0]", "must not be null"));
		}

		@Test
		void mustNotBeMoreThanFifty() {
			Relation[] many = new Relation[SchemaRules.MAX_RELATIONS + 1];
			for (int i = 0; i < many.length; i++) {
				many[i] = relation("link" + i, "Thing", "many-to-many");
			}
			assertThat(problems(schema(entity("Thing", List.of(), many))))
				.containsExactly(problem("entities[0].relations", "must have at most 50 relations"));
		}

	}

	private static List<FieldProblem> problems(Schema schema) {
		return SchemaRules.problems(schema, JAVA);
	}

	private static Schema schema(Entity... entities) {
		return new Schema(Arrays.asList(entities));
	}

	private static Schema fields(Field... fields) {
		return schema(new Entity("Thing", Arrays.asList(fields), List.of()));
	}

	private static FieldProblem problem(String field, String message) {
		return new FieldProblem(field, message);
	}

}
