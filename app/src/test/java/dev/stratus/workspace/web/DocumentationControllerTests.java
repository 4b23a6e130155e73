package dev.stratus.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.Attachment;
import dev.stratus.workspace.AttachmentUpload;
import dev.stratus.workspace.Document;
import dev.stratus.workspace.DocumentAttachments;
import dev.stratus.workspace.DocumentVersion;
import dev.stratus.workspace.Documentation;
import dev.stratus.workspace.DownloadLink;
import dev.stratus.workspace.internal.content.FileType;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The documentation and attachment routes' reading of requests and shapes of answers, without the cloud. */
@WebSliceTest({ DocumentationController.class, DocumentationAttachmentController.class })
class DocumentationControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G' };

	private static final Attachment ATTACHMENT = new Attachment("att-1", "plan.png", "image/png", 4, AT, "user-1");

	private static final Document PAGE = new Document("doc-1", "p-1", "Runbook", "# Runbook\n<script>x</script>", 3,
			List.of(ATTACHMENT), AT, "user-2", AT.plusSeconds(60), "user-1");

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Documentation documentation;

	@MockitoBean
	DocumentAttachments attachments;

	private ResultActions send(MockHttpServletRequestBuilder request, String json) throws Exception {
		return mvc.perform(request.with(as(Role.USER)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	@Test
	void keepsTheAttachmentTypesInStepWithTheDomain() {
		assertThat(FileType.values())
			.allSatisfy(type -> assertThat(type.contentType()).matches(DocumentationRequests.TYPES));
		assertThat(DocumentationRequests.TYPES.split("\\|")).hasSameSizeAs(FileType.values());
		assertThat(Arrays.stream(FileType.values()).map(FileType::contentType))
			.allSatisfy(type -> assertThat(DocumentationRequests.TYPE_MESSAGE).contains(type));
	}

	@Nested
	class Pages {

		@Test
		void createsAPageAndAnswersItWithItsContentAsSent() throws Exception {
			when(documentation.create("p-1", "user-1", "Runbook", "# Runbook\n<script>x</script>")).thenReturn(PAGE);

			send(post("/api/projects/p-1/documents"),
					"{\"title\": \"Runbook\", \"content\": \"# Runbook\\n<script>x</script>\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.data.id").value("doc-1"))
				.andExpect(jsonPath("$.data.projectId").value("p-1"))
				.andExpect(jsonPath("$.data.content").value("# Runbook\n<script>x</script>"))
				.andExpect(jsonPath("$.data.version").value(3))
				.andExpect(jsonPath("$.data.attachments[0].fileName").value("plan.png"))
				.andExpect(jsonPath("$.data.attachments[0].sizeBytes").value(4))
				.andExpect(jsonPath("$.data.createdBy").value("user-2"))
				.andExpect(jsonPath("$.data.updatedAt").value("2026-01-02T03:05:05.678Z"))
				.andExpect(jsonPath("$.data.updatedBy").value("user-1"));
		}

		@Test
		void refusesATitleOutsideItsLimitsAndContentOver200KilobytesInUtf8() throws Exception {
			String tooLarge = "ü".repeat(Documentation.MAX_CONTENT_BYTES / 2 + 1);
			send(post("/api/projects/p-1/documents"),
					"{\"title\": \"" + "t".repeat(201) + "\", \"content\": \"" + tooLarge + "\"}")
				.andExpect(invalidFields("content", "title"));
			send(put("/api/documentation/doc-1"), "{\"title\": \"  \", \"content\": null}")
				.andExpect(invalidFields("content", "title"));
			send(put("/api/documentation/doc-1"), "{\"title\": 7, \"content\": \"x\"}")
				.andExpect(invalidFields("title"));

			verifyNoInteractions(documentation);
		}

		@Test
		void takesContentOfExactly200KilobytesInUtf8() throws Exception {
			String largest = "ü".repeat(Documentation.MAX_CONTENT_BYTES / 2);
			when(documentation.update("doc-1", "user-1", "Runbook", largest)).thenReturn(PAGE);

			send(put("/api/documentation/doc-1"), "{\"title\": \"Runbook\", \"content\": \"" + largest + "\"}")
				.andExpect(status().isOk());
		}

		@Test
		void listsPagesWithoutTheirContent() throws Exception {
			when(documentation.list("p-1", "user-1", 20, null)).thenReturn(new Page<>(List.of(new Document.Summary(
					"doc-1", "p-1", "Runbook", 3, AT, "user-2", AT, "user-1")), "next"));

			mvc.perform(get("/api/projects/p-1/documents").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.items[0].title").value("Runbook"))
				.andExpect(jsonPath("$.data.items[0].content").doesNotExist())
				.andExpect(jsonPath("$.data.nextToken").value("next"));
		}

		@Test
		void answersVersionsNewestFirstAndOneVersionWithItsContent() throws Exception {
			when(documentation.versions("doc-1", "user-1", 2, null)).thenReturn(new Page<>(
					List.of(new DocumentVersion.Summary(2, "Runbook", 12, AT, "user-1"),
							new DocumentVersion.Summary(1, "Draft", 5, AT, "user-2")), null));
			when(documentation.version("doc-1", "user-1", 1))
				.thenReturn(new DocumentVersion("doc-1", 1, "Draft", "draft", AT, "user-2"));

			mvc.perform(get("/api/documentation/doc-1/versions?limit=2").with(as(Role.USER)))
				.andExpect(jsonPath("$.data.items[0].version").value(2))
				.andExpect(jsonPath("$.data.items[1].sizeBytes").value(5))
				.andExpect(jsonPath("$.data.items[0].content").doesNotExist());
			mvc.perform(get("/api/documentation/doc-1/versions/1").with(as(Role.USER)))
				.andExpect(jsonPath("$.data.content").value("draft"))
				.andExpect(jsonPath("$.data.documentId").value("doc-1"));
		}

		@Test
		void answersADeletedPagesIdAndNotFoundForAnUnknownOne() throws Exception {
			mvc.perform(delete("/api/documentation/doc-1").with(as(Role.USER)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.deletedId").value("doc-1"));
			verify(documentation).delete("doc-1", "user-1");
			when(documentation.find("doc-2", "user-1")).thenThrow(new NotFound("Document"));
			mvc.perform(get("/api/documentation/doc-2").with(as(Role.USER))).andExpect(status().isNotFound());
		}

	}

	@Nested
	class Attachments {

		private static final String BASE64 = Base64.getEncoder().encodeToString(PNG);

		@Test
		void decodesTheBase64AndAttachesItWithItsDeclaredType() throws Exception {
			when(attachments.attach(eq("doc-1"), eq("user-1"), eq("plan.png"), any(), eq(FileType.PNG),
					eq("fileData")))
				.thenReturn(ATTACHMENT);

			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"plan.png\", \"fileData\": \"" + BASE64 + "\", \"contentType\": \"image/png\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.data.id").value("att-1"))
				.andExpect(jsonPath("$.data.contentType").value("image/png"))
				.andExpect(jsonPath("$.data.createdAt").value("2026-01-02T03:04:05.678Z"));

			verify(attachments).attach(eq("doc-1"), eq("user-1"), eq("plan.png"), eq(PNG), eq(FileType.PNG),
					eq("fileData"));
		}

		@Test
		void refusesBadNamesTextThatIsNotBase64AndTypesOffTheList() throws Exception {
			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"../x.png\", \"fileData\": \"not base64!\", \"contentType\": \"image/png\"}")
				.andExpect(invalidFields("fileData", "fileName"));
			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"page.html\", \"fileData\": \"" + BASE64 + "\", \"contentType\": \"text/html\"}")
				.andExpect(invalidFields("contentType"))
				.andExpect(jsonPath("$.error.details[0].message").value(containsString("image/png")));
			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"x.svg\", \"fileData\": \"" + BASE64 + "\", \"contentType\": \"image/svg+xml\"}")
				.andExpect(invalidFields("contentType"));
			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"run.exe\", \"fileData\": \"" + BASE64 + "\", \"contentType\": \"image/png\"}")
				.andExpect(invalidFields("fileName"));
			send(post("/api/documentation/doc-1/attachments"), "{}")
				.andExpect(invalidFields("contentType", "fileData", "fileName"));
			send(post("/api/documentation/doc-1/attachments/upload-url"),
					"{\"fileName\": \"a\\u0000.png\", \"contentType\": \"image/png\"}")
				.andExpect(invalidFields("fileName"));

			verifyNoInteractions(attachments);
		}

		@Test
		void takesBase64BodiesUpToFourThirdsOfTenMebibytesOnTheAttachmentRouteOnly() throws Exception {
			String tenMebibytes = Base64.getEncoder().encodeToString(new byte[10 * 1024 * 1024]);
			String body = "{\"fileName\": \"a.zip\", \"contentType\": \"application/zip\", \"fileData\": \""
					+ tenMebibytes + "\"}";
			when(attachments.attach(any(), any(), any(), any(), any(), any())).thenReturn(ATTACHMENT);

			send(post("/api/documentation/doc-1/attachments"), body).andExpect(status().isCreated());
			send(post("/api/documentation/doc-1/attachments"), body.replace("\"}", "AAAA".repeat(512) + "\"}"))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.code").value("BAD_REQUEST"))
				.andExpect(jsonPath("$.error.message").value(containsString("larger than")));
			send(post("/api/documentation/doc-1/attachments/upload-url"), body)
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error.message").value(containsString("1 MiB")));
		}

		@Test
		void handsOutAPresignedUploadAndConfirmsIt() throws Exception {
			when(attachments.uploadUrl("doc-1", "user-1", "plan.png", FileType.PNG))
				.thenReturn(new AttachmentUpload("up-1", URI.create("http://s3.test/put").toURL(), "plan.png",
						"image/png", AT));
			when(attachments.confirm("doc-1", "user-1", "up-1")).thenReturn(ATTACHMENT);

			send(post("/api/documentation/doc-1/attachments/upload-url"),
					"{\"fileName\": \"plan.png\", \"contentType\": \"image/png\"}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.uploadId").value("up-1"))
				.andExpect(jsonPath("$.data.uploadUrl").value("http://s3.test/put"))
				.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:04:05.678Z"));
			send(post("/api/documentation/doc-1/attachments/confirm"), "{\"uploadId\": \"up-1\"}")
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.data.fileName").value("plan.png"));
		}

		@Test
		void answersTheDownloadUrlTheRemovalAndASecondFileOfOneNameAsConflict() throws Exception {
			when(attachments.url("doc-1", "user-1", "att-1"))
				.thenReturn(new DownloadLink(URI.create("http://s3.test/get").toURL(), AT));
			when(attachments.attach(any(), any(), any(), any(), any(), any()))
				.thenThrow(new Conflict("The page has a file named plan.png already"));

			mvc.perform(get("/api/documentation/doc-1/attachments/att-1/url").with(as(Role.USER)))
				.andExpect(jsonPath("$.data.url").value("http://s3.test/get"))
				.andExpect(jsonPath("$.data.expiresAt").value("2026-01-02T03:04:05.678Z"));
			mvc.perform(delete("/api/documentation/doc-1/attachments/att-1").with(as(Role.USER)))
				.andExpect(jsonPath("$.data.deletedId").value("att-1"));
			verify(attachments).remove("doc-1", "user-1", "att-1");
			send(post("/api/documentation/doc-1/attachments"),
					"{\"fileName\": \"plan.png\", \"fileData\": \"" + BASE64 + "\", \"contentType\": \"image/png\"}")
				.andExpect(status().isConflict());
		}

	}

}
