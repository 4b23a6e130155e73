package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.ProjectSchemas;
import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.SchemaVersionSummary;
import dev.stratus.workspace.internal.schema.Entity;
import dev.stratus.workspace.internal.schema.Field;
import dev.stratus.workspace.internal.schema.Relation;
import dev.stratus.workspace.internal.schema.Schema;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The schema routes' reading of requests and shapes of answers, without the cloud. */
@WebSliceTest(SchemaController.class)
class SchemaControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final Schema SCHEMA = new Schema(List.of(new Entity("Customer",
			List.of(new Field("email", "string", true, true, null),
					new Field("tier", "enum", null, null, List.of("GOLD", "SILVER"))),
			List.of(new Relation("orders", "Order", "one-to-many"))),
			new Entity("Order", List.of(new Field("total", "decimal", null, null, null)), List.of())));

	private static final String BODY = """
			{"entities": [
				{"name": "Customer", "fields": [
					{"name": "email", "type": "string", "required": true, "unique": true},
					{"name": "tier", "type": "enum", "values": ["GOLD", "SILVER"]}],
				"relations": [{"name": "orders", "target": "Order", "kind": "one-to-many"}]},
				{"name": "Order", "fields": [{"name": "total", "type": "decimal"}], "relations": []}]}
			""";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProjectSchemas schemas;

	private ResultActions save(String json) throws Exception {
		return mvc.perform(put("/api/projects/p-1/schema").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Nested
	class Save {

		@Test
		void savesTheSchemaAsSentAndAnswersTheNewVersion() throws Exception {
			when(schemas.save(eq("p-1"), eq("user-1"), any())).thenReturn(new SchemaVersion(3, SCHEMA, AT, "user-1"));

			save(BODY).andExpect(status().isOk())
				.andExpect(jsonPath("$.data.version").value(3))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.createdBy").value("user-1"))
				.andExpect(jsonPath("$.data.entities[0].name").value("Customer"))
				.andExpect(jsonPath("$.data.entities[0].fields[0].required").value(true))
				.andExpect(jsonPath("$.data.entities[0].fields[1].values[1]").value("SILVER"))
				.andExpect(jsonPath("$.data.entities[0].fields[1].required").doesNotExist())
				.andExpect(jsonPath("$.data.entities[0].relations[0].kind").value("one-to-many"))
				.andExpect(jsonPath("$.data.entities[1].relations").isEmpty());

			verify(schemas).save("p-1", "user-1", SCHEMA);
		}

		@Test
		void namesEveryValueOfTheWrongTypeAtItsPath() throws Exception {
			save("""
					{"entities": [{"name": "Customer", "fields": [
						{"name": "email", "type": "string", "required": "yes"},
						{"name": 7, "type": "string"}]}]}
					""").andExpect(invalidFields("entities[0].fields[0].required", "entities[0].fields[1].name"));
			save("{}").andExpect(invalidFields("entities"));
			save("{\"entities\": {}}").andExpect(invalidFields("entities"));

			verifyNoInteractions(schemas);
		}

		@Test
		void answersTheRulesTheServiceFindsBrokenWithTheirPaths() throws Exception {
			when(schemas.save(any(), any(), any())).thenThrow(new InvalidInput(
					List.of(new FieldProblem("entities[1].fields[0].type", "must be one of string, text"))));

			save(BODY).andExpect(invalidFields("entities[1].fields[0].type"));
		}

	}

	@Nested
	class Read {

		@Test
		void answersTheCurrentVersion() throws Exception {
			when(schemas.current("p-1", "user-1")).thenReturn(new SchemaVersion(2, SCHEMA, AT, "user-2"));

			mvc.perform(get("/api/projects/p-1/schema").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.version").value(2))
				.andExpect(jsonPath("$.data.createdBy").value("user-2"))
				.andExpect(jsonPath("$.data.entities.length()").value(2));
		}

		@Test
		void answersNotFoundBeforeTheFirstSave() throws Exception {
			when(schemas.current("p-1", "user-1")).thenThrow(new NotFound("Schema"));

			mvc.perform(get("/api/projects/p-1/schema").with(as(Role.USER)))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error.code").value("NOT_FOUND"));
		}

		@Test
		void listsVersionsWithTheirEntityCounts() throws Exception {
			when(schemas.versions("p-1", "user-1", 2, null)).thenReturn(
					new Page<>(List.of(new SchemaVersionSummary(2, AT, "user-1", 5)), "next-token"));

			mvc.perform(get("/api/projects/p-1/schema/versions?limit=2").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.items[0].version").value(2))
				.andExpect(jsonPath("$.data.items[0].entityCount").value(5))
				.andExpect(jsonPath("$.data.items[0].createdAt").value("2026-01-02T03:04:05.678Z"))
				.andExpect(jsonPath("$.data.nextToken").value("next-token"));
			mvc.perform(get("/api/projects/p-1/schema/versions?limit=0").with(as(Role.USER)))
				.andExpect(invalidFields("limit"));
		}

		@Test
		void readsOneVersionByNumber() throws Exception {
			when(schemas.version("p-1", "user-1", 1)).thenReturn(new SchemaVersion(1, SCHEMA, AT, "user-1"));

			mvc.perform(get("/api/projects/p-1/schema/versions/1").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.version").value(1));
			mvc.perform(get("/api/projects/p-1/schema/versions/latest").with(as(Role.USER)))
				.andExpect(status().isBadRequest());
		}

	}

}
