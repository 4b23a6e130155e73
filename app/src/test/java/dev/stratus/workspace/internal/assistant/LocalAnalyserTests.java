package dev.stratus.workspace.internal.assistant;

import java.util.List;

import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import dev.stratus.workspace.internal.schema.Schema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static dev.stratus.workspace.internal.assistant.Fixtures.AT;
import static dev.stratus.workspace.internal.assistant.Fixtures.CLEAN;
import static dev.stratus.workspace.internal.assistant.Fixtures.PROJECT_ID;
import static dev.stratus.workspace.internal.assistant.Fixtures.grounding;
import static dev.stratus.workspace.internal.schema.SampleSchemas.entity;
import static dev.stratus.workspace.internal.schema.SampleSchemas.enumField;
import static dev.stratus.workspace.internal.schema.SampleSchemas.field;
import static dev.stratus.workspace.internal.schema.SampleSchemas.relation;
import static org.assertj.core.api.Assertions.assertThat;

/** The local analyser's answers on fixture projects: each rule it claims, and what it says it cannot do. */
class LocalAnalyserTests {

	private final LocalAnalyser analyser = new LocalAnalyser();

	private String ask(Grounding context, String question) {
		Reply reply = analyser.answer(context, List.of(), question);
		assertThat(reply.model()).isEqualTo("local-analyser");
		return reply.content();
	}

	@Test
	void saysInEveryAnswerThatItIsNotAnAiModel() {
		assertThat(ask(grounding(CLEAN), "explain the schema")).startsWith(LocalAnalyser.LABEL);
		assertThat(ask(grounding(CLEAN), "what is the meaning of life?")).startsWith(LocalAnalyser.LABEL);
	}

	@Nested
	class Explaining {

		@Test
		void describesEntitiesFieldsAndRelationsInPlainWords() {
			Schema schema = new Schema(List.of(
					entity("Customer",
							List.of(field("email", "string", true, true), enumField("tier", "GOLD", "SILVER")),
							relation("orders", "Order", "one-to-many"), relation("tags", "Category", "many-to-many")),
					entity("Order", List.of()), entity("Category", List.of(field("name", "string", true, true)))));

			String answer = ask(grounding(schema), "Can you explain the schema?");

			assertThat(answer).contains("Schema version 3 (saved 2026-11-30 09:15 UTC) has 3 entities")
				.contains("- Customer: email (string, required, unique), tier (one of GOLD, SILVER).")
				.contains("Each Customer has many Orders (orders), and an Order belongs to at most one Customer.")
				.contains("A Customer is linked to many Categories (tags), and a Category to many Customers.")
				.contains("- Order: no fields besides its id.");
		}

		@Test
		void saysWhenThereIsNoSchemaYet() {
			assertThat(ask(grounding(null), "explain the entities")).contains("The project has no schema yet");
		}

	}

	@Nested
	class Problems {

		@Test
		void findsNothingToPointOutInAWellKeyedLinkedSchema() {
			assertThat(ask(grounding(CLEAN), "any problems in the schema?"))
				.contains("I found no problems in schema version 3")
				.doesNotContain("Customer:");
		}

		@Test
		void pointsOutASchemaWithoutEntities() {
			assertThat(ask(grounding(new Schema(List.of())), "check my schema"))
				.contains("1 problem")
				.contains("The schema has no entities");
		}

		@Test
		void pointsOutEntitiesWithoutANaturalKey() {
			Schema schema = new Schema(List.of(entity("Note", List.of(field("body", "text", true, false)))));

			assertThat(ask(grounding(schema), "what's wrong?")).contains("- Note has no natural key: no field besides "
					+ "the implicit id is unique");
		}

		@Test
		void pointsOutAReferenceFieldWithoutARelation() {
			Schema schema = new Schema(List.of(entity("Customer", List.of(field("email", "string", true, true))),
					entity("Invoice", List.of(field("number", "string", true, true),
							field("customerId", "uuid", true, false), field("orderId", "uuid", false, false))),
					entity("Order", List.of(field("number", "integer", true, true)),
							relation("invoices", "Invoice", "one-to-many"))));

			String answer = ask(grounding(schema), "review the schema");

			assertThat(answer).contains("Invoice.customerId looks like a reference to Customer, but no relation links "
					+ "Invoice and Customer")
				.contains("say one-to-many from Customer to Invoice")
				// Order has a relation to Invoice already: its id field is only redundant, not unlinked.
				.doesNotContain("Invoice.orderId looks");
		}

		@Test
		void readsSnakeCaseReferencesToo() {
			Schema schema = new Schema(List.of(entity("Customer", List.of(field("email", "string", true, true))),
					entity("Invoice", List.of(field("customer_id", "uuid", true, false)))));

			assertThat(ask(grounding(schema), "anything missing?"))
				.contains("Invoice.customer_id looks like a reference to Customer");
		}

		@Test
		void pointsOutEntitiesNoRelationTouches() {
			Schema schema = new Schema(List.of(CLEAN.entities().get(0), CLEAN.entities().get(1),
					entity("Supplier", List.of(field("code", "string", true, true)))));

			String answer = ask(grounding(schema), "any issues?");

			assertThat(answer).contains("Supplier is not linked to any other entity")
				.doesNotContain("Customer is not linked")
				.doesNotContain("Order is not linked");
		}

		@Test
		void leavesASingleEntityUnlinked() {
			Schema schema = new Schema(List.of(entity("Note", List.of(field("slug", "string", true, true)))));

			assertThat(ask(grounding(schema), "any problems?")).contains("I found no problems");
		}

		@Test
		void namesWhatTheGeneratorWillRejectWhereItIs() {
			// Saved for another stack: spring-boot reserves names that node-express accepts.
			Schema schema = new Schema(List.of(entity("Customer",
					List.of(field("email", "string", true, true), field("default", "string", false, false)))));

			assertThat(ask(grounding(schema), "will the generator reject anything?"))
				.contains("The spring-boot generator would reject Customer.default (name): 'default' is reserved: it "
						+ "is a Java keyword.");
		}

		@Test
		void pointsOutLookupKeysThatAreNotUnique() {
			Schema schema = new Schema(List.of(entity("Product",
					List.of(field("sku", "string", true, false), field("externalId", "string", false, false),
							field("slug", "string", false, true), field("title", "string", true, true)))));

			String answer = ask(grounding(schema), "which lookups have no index?");

			assertThat(answer).contains("Product.sku looks like a lookup key but is not unique")
				.contains("Product.externalId looks like a lookup key but is not unique")
				.doesNotContain("Product.slug looks")
				.doesNotContain("Product.title looks");
		}

		@Test
		void saysWhenThereIsNoSchemaToCheck() {
			assertThat(ask(grounding(null), "any problems?")).contains("The project has no schema yet");
		}

	}

	@Test
	void summarisesTheLatestActivityNewestFirst() {
		String answer = ask(Fixtures.withActivity(List.of(
				new Activity("a-2", "schema_saved", PROJECT_ID, "user-1", "Saved a schema of 2 entities",
						AT.plusSeconds(60)),
				new Activity("a-1", "project_created", PROJECT_ID, "user-1", "Created Corner Shop", AT))),
				"What happened recently?");

		assertThat(answer).contains("The project's latest activity, newest first:\n"
				+ "- 2026-11-30 09:16 UTC, schema_saved: Saved a schema of 2 entities\n"
				+ "- 2026-11-30 09:15 UTC, project_created: Created Corner Shop");
	}

	@Test
	void saysWhenNothingHappenedYet() {
		assertThat(ask(grounding(CLEAN), "show recent activity")).contains("Nothing has happened in this project yet.");
	}

	@Nested
	class Deployments {

		@Test
		void givesTheLastFailedDeploymentsReasonAndLastLogLines() {
			String answer = ask(Fixtures.withFailedDeployment("The build failed (exit code 1)",
					List.of("[INFO] Compiling 12 source files", "[ERROR] cannot find symbol: class Ordr")),
					"Why did my deployment fail?");

			assertThat(answer).contains("The last failed deployment is d-1 to staging, requested 2026-11-30 09:15 UTC. "
					+ "It failed because: The build failed (exit code 1)")
				.contains("Its last 2 lines of output:\n```\n[INFO] Compiling 12 source files\n"
						+ "[ERROR] cannot find symbol: class Ordr\n```");
		}

		@Test
		void saysWhenNoDeploymentFailed() {
			assertThat(ask(grounding(CLEAN), "show the deployment logs"))
				.contains("None of the project's latest 50 deployments failed.");
		}

	}

	@Nested
	class Generations {

		@Test
		void reportsTheGenerationItRequested() {
			Generation queued = Fixtures.generation("g-9", Generation.Status.QUEUED, null);

			String answer = ask(Fixtures.withGenerations(List.of(queued), GenerationRequest.started(queued)),
					"Please generate the code");

			assertThat(answer).contains("I requested a code generation of schema version 3: generation g-9, status "
					+ "QUEUED.");
		}

		@Test
		void explainsWhyTheGenerationWasNotStarted() {
			String answer = ask(Fixtures.withGenerations(List.of(),
					GenerationRequest.refused("This needs the editor role in the project; yours is viewer")),
					"generate code");

			assertThat(answer).contains("I did not start a code generation: This needs the editor role in the "
					+ "project; yours is viewer");
		}

		@Test
		void listsTheLatestGenerationsWithTheirErrors() {
			String answer = ask(Fixtures.withGenerations(List.of(Fixtures.generation("g-2", Generation.Status.FAILED,
					"Rendering failed"), Fixtures.generation("g-1", Generation.Status.READY, null)), null),
					"How did the last generation go?");

			assertThat(answer).contains("- g-2 (schema version 3, requested 2026-11-30 09:15 UTC): FAILED, Rendering "
					+ "failed\n- g-1 (schema version 3, requested 2026-11-30 09:15 UTC): READY")
				.doesNotContain("I requested");
		}

	}

	@Test
	void listsWhatItCanAnswerWhenAskedForHelp() {
		assertThat(ask(grounding(CLEAN), "help")).contains(LocalAnalyser.CAPABILITIES)
			.doesNotContain("I cannot answer");
	}

	@Test
	void saysPlainlyWhatItCannotAnswerAndListsWhatItCan() {
		String answer = ask(grounding(CLEAN), "What will the weather be in Lisbon tomorrow?");

		assertThat(answer).contains("I cannot answer that")
			.contains(LocalAnalyser.CAPABILITIES)
			.doesNotContain("Schema version");
	}

	@Test
	void answersEveryIntentAQuestionCarries() {
		String answer = ask(Fixtures.withFailedDeployment("Health check failed", List.of()),
				"Explain the schema, check it for problems and tell me why the deployment failed");

		assertThat(answer).contains("Schema version 3 (saved").contains("I found no problems")
			.contains("It failed because: Health check failed")
			.contains("It wrote no output.");
	}

}
