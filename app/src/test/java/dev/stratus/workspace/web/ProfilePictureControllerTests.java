package dev.stratus.workspace.web;

import java.net.URI;
import java.time.Instant;
import java.util.Base64;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.DownloadLink;
import dev.stratus.workspace.ProfilePicture;
import dev.stratus.workspace.ProfilePictures;
import dev.stratus.workspace.internal.content.FileType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static dev.stratus.WebSlice.as;
import static dev.stratus.WebSlice.invalidFields;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The profile picture routes' reading of requests and shapes of answers, without the cloud. */
@WebSliceTest(ProfilePictureController.class)
class ProfilePictureControllerTests {

	private static final Instant AT = Instant.parse("2026-01-02T03:04:05.678Z");

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xd9 };

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProfilePictures pictures;

	private ResultActions post(String json) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/settings/profile-picture")
			.with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	@Test
	void decodesTheBase64AndReplacesThePicture() throws Exception {
		when(pictures.replace(eq("user-1"), any(), eq(FileType.JPEG), eq("imageData")))
			.thenReturn(new ProfilePicture("image/jpeg", JPEG.length, AT));

		post("{\"imageData\": \"" + Base64.getEncoder().encodeToString(JPEG) + "\", \"contentType\": \"image/jpeg\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.contentType").value("image/jpeg"))
			.andExpect(jsonPath("$.data.sizeBytes").value(JPEG.length))
			.andExpect(jsonPath("$.data.uploadedAt").value("2026-01-02T03:04:05.678Z"));

		verify(pictures).replace(eq("user-1"), eq(JPEG), eq(FileType.JPEG), eq("imageData"));
	}

	@Test
	void refusesTextThatIsNotBase64AndTypesThatAreNotPictures() throws Exception {
		post("{\"imageData\": \"%%%\", \"contentType\": \"image/gif\"}")
			.andExpect(invalidFields("contentType", "imageData"))
			.andExpect(jsonPath("$.error.details[0].message").value(containsString("image/webp")));
		post("{\"imageData\": \"AAAA\", \"contentType\": \"image/svg+xml\"}").andExpect(invalidFields("contentType"));
		post("{}").andExpect(invalidFields("contentType", "imageData"));

		verifyNoInteractions(pictures);
	}

	@Test
	void takesBase64BodiesUpToFourThirdsOfTwoMebibytes() throws Exception {
		String twoMebibytes = Base64.getEncoder().encodeToString(new byte[2 * 1024 * 1024]);
		String body = "{\"contentType\": \"image/png\", \"imageData\": \"" + twoMebibytes + "\"}";
		when(pictures.replace(any(), any(), any(), any())).thenReturn(new ProfilePicture("image/png", 1, AT));

		post(body).andExpect(status().isOk());
		post(body.replace("\"}", "AAAA".repeat(512) + "\"}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error.message").value(containsString("larger than")));
	}

	@Test
	void answersTheUrlTheRemovalOrNotFound() throws Exception {
		when(pictures.url("user-1")).thenReturn(new DownloadLink(URI.create("http://s3.test/get").toURL(), AT));

		mvc.perform(get("/api/settings/profile-picture/url").with(as(Role.USER)))
			.andExpect(jsonPath("$.data.url").value("http://s3.test/get"));
		mvc.perform(delete("/api/settings/profile-picture").with(as(Role.USER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.removed").value(true));
		verify(pictures).remove("user-1");

		when(pictures.url("user-1")).thenThrow(new NotFound("Profile picture"));
		mvc.perform(get("/api/settings/profile-picture/url").with(as(Role.USER))).andExpect(status().isNotFound());
	}

}
