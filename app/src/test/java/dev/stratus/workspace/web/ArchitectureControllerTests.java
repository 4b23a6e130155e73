package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.Base64;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Architecture;
import dev.stratus.workspace.Architecture.Edge;
import dev.stratus.workspace.Architecture.Node;
import dev.stratus.workspace.ArchitectureDiagrams;
import dev.stratus.workspace.ArchitectureDraft;
import dev.stratus.workspace.Architectures;
import dev.stratus.workspace.Diagram;
import dev.stratus.workspace.DiagramType;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The architecture and image routes' reading of requests and shapes of answers, without the cloud. */
@WebSliceTest({ ArchitectureController.class, DiagramController.class })
class ArchitectureControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final List<Node> NODES = List.of(new Node("api", "Orders API", "service", 10, 20.5),
			new Node("db", "Orders table", "database", 10, 200));

	private static final List<Edge> EDGES = List.of(new Edge("e1", "api", "db", "writes"));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Architectures architectures;

	@MockitoBean
	ArchitectureDiagrams diagrams;

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(as(Role.USER)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void keepsTheContentTypesInStepWithTheDomain() {
		assertThat(DiagramType.values())
			.allSatisfy(type -> assertThat(type.contentType()).matches(ArchitectureRequests.TYPES));
		assertThat(ArchitectureRequests.TYPES.split("\\|")).hasSameSizeAs(DiagramType.values());
	}

	@Nested
	class Save {

		@Test
		void savesNodesAndEdgesAndAnswersTheVersion() throws Exception {
			when(architectures.save(eq("p-1"), eq("user-1"), any()))
				.thenReturn(new Architecture("a-1", 4, NODES, EDGES, AT, "user-1"));

			send(put("/api/architecture/p-1"), """
					{"nodes": [{"id": "api", "label": " Orders API ", "kind": "service", "x": 10, "y": 20.5},
										{"id": "db", "label": "Orders table", "kind": "database", "x": 10, "y": 200}],
						"edges": [{"id": "e1", "source": "api", "target": "db", "label": "writes"}]}
					""")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.id").value("a-1"))
				.andExpect(jsonPath("$.data.version").value(4))
				.andExpect(jsonPath("$.data.nodes[1].kind").value("database"))
				.andExpect(jsonPath("$.data.nodes[0].y").value(20.5))
				.andExpect(jsonPath("$.data.edges[0].label").value("writes"))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"));

			verify(architectures).save("p-1", "user-1", new ArchitectureDraft(NODES, EDGES));
		}

		@Test
		void refusesPartsOutsideTheirLimits() throws Exception {
			send(put("/api/architecture/p-1"), """
					{"nodes": [{"id": "a b", "label": "", "kind": "Service!", "x": "1", "y": null}, null],
						"edges": [{"id": "e1", "source": "a", "label": "%s"}]}
					""".formatted("l".repeat(201)))
				.andExpect(invalidFields("edges[0].label", "edges[0].target", "nodes[0].id", "nodes[0].kind",
						"nodes[0].label", "nodes[0].x", "nodes[0].y", "nodes[1]"));
			send(put("/api/architecture/p-1"), "{\"nodes\": []}").andExpect(invalidFields("edges"));

			verifyNoInteractions(architectures);
		}

		@Test
		void answersNotFoundBeforeTheFirstSave() throws Exception {
			when(architectures.current("p-1", "user-1")).thenThrow(new NotFound("Architecture"));

			mvc.perform(get("/api/architecture/p-1").with(as(Role.USER))).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Image {

		private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0 };

		@Test
		void decodesTheBase64AndPublishesItWithItsDeclaredType() throws Exception {
			when(diagrams.publish(eq("p-1"), eq("user-1"), any(), eq(DiagramType.PNG), eq("diagramData")))
				.thenReturn(new Diagram(DiagramType.PNG, PNG.length, AT, "user-1"));

			send(post("/api/architecture/p-1/diagram"), "{\"diagramData\": \"" + Base64.getEncoder().encodeToString(PNG)
					+ "\", \"contentType\": \"image/png\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.contentType").value("image/png"))
				.andExpect(jsonPath("$.data.sizeBytes").value(PNG.length))
				.andExpect(jsonPath("$.data.uploadedBy").value("user-1"));

			verify(diagrams).publish(eq("p-1"), eq("user-1"), eq(PNG), eq(DiagramType.PNG), eq("diagramData"));
		}

		@Test
		void refusesTextThatIsNotBase64AndTypesThatAreNotImages() throws Exception {
			send(post("/api/architecture/p-1/diagram"),
					"{\"diagramData\": \"not*base64\", \"contentType\": \"image/png\"}")
				.andExpect(invalidFields("diagramData"));
			send(post("/api/architecture/p-1/diagram"), "{\"diagramData\": \"AAAA\", \"contentType\": \"text/html\"}")
				.andExpect(invalidFields("contentType"));
			send(post("/api/architecture/p-1/diagram/upload-url"), "{\"contentType\": \"image/gif\"}")
				.andExpect(invalidFields("contentType"));

			verifyNoInteractions(diagrams);
		}

		@Test
		void takesBase64BodiesUpToFourThirdsOfFiveMebibytesOnTheImageRouteOnly() throws Exception {
			String fiveMebibytes = Base64.getEncoder().encodeToString(new byte[5 * 1024 * 1024]);
			String body = "{\"contentType\": \"image/png\", \"diagramData\": \"" + fiveMebibytes + "\"}";
			when(diagrams.publish(any(), any(), any(), any(), any()))
				.thenReturn(new Diagram(DiagramType.PNG, 5 * 1024 * 1024, AT, "user-1"));

			send(post("/api/architecture/p-1/diagram"), body).andExpect(status().isOk());
			send(post("/api/architecture/p-1/diagram"), body.replace("\"}", "AAAA".repeat(512) + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.error.message").value(containsString("larger than")));
			send(post("/api/architecture/p-1/diagram/upload-url"), body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.message").value(containsString("1 MiB")));
		}

		@Test
		void handsOutAPresignedUploadAndConfirmsIt() throws Exception {
			when(diagrams.uploadUrl("p-1", "user-1", DiagramType.SVG)).thenReturn(new ArchitectureDiagrams.Upload(
					"u-1", "http://127.0.0.1:1/put", DiagramType.SVG, AT));
			when(diagrams.confirm("p-1", "user-1", "u-1")).thenReturn(new Diagram(DiagramType.SVG, 10, AT, "user-1"));

			send(post("/api/architecture/p-1/diagram/upload-url"), "{\"contentType\": \"image/svg+xml\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.uploadId").value("u-1"))
				.andExpect(jsonPath("$.data.uploadUrl").value("http://127.0.0.1:1/put"))
				.andExpect(jsonPath("$.data.contentType").value("image/svg+xml"))
				.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:04:05.678Z"));
			send(post("/api/architecture/p-1/diagram/confirm"), "{\"uploadId\": \"u-1\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.contentType").value("image/svg+xml"));
			send(post("/api/architecture/p-1/diagram/confirm"), "{}").andExpect(invalidFields("uploadId"));
		}

		@Test
		void answersTheImagesUrlOrNotFound() throws Exception {
			when(diagrams.url("p-1", "user-1"))
				.thenReturn(new ArchitectureDiagrams.Link("http://127.0.0.1:1/get", AT));
			when(diagrams.url("p-2", "user-1")).thenThrow(new NotFound("Diagram"));

			mvc.perform(get("/api/architecture/p-1/diagram-url").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.url").value("http://127.0.0.1:1/get"))
				.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:04:05.678Z"));
			mvc.perform(get("/api/architecture/p-2/diagram-url").with(as(Role.USER)))
				.andExpect(status().isNotFound());
		}

		@Test
		void answersAViewersUploadWithForbidden() throws Exception {
			when(diagrams.uploadUrl(any(), any(), any())).thenThrow(new Forbidden("Editors only"));

			send(post("/api/architecture/p-1/diagram/upload-url"), "{\"contentType\": \"image/png\"}")
				.andExpect(status().isForbidden());
		}

	}

}
