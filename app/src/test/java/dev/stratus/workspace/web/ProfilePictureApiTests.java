package dev.stratus.workspace.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceBucket;
import dev.stratus.workspace.WorkspaceFixture.User;
import dev.stratus.workspace.internal.content.TestFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.s3.S3Client;

import static org.assertj.core.api.Assertions.assertThat;

/** The profile picture routes of the Settings contract over HTTP against the running app and the local cloud. */
@IntegrationTest
class ProfilePictureApiTests extends WorkspaceApiTest {

	private static final String ROUTE = "/api/settings/profile-picture";

	@Autowired
	S3Client s3;

	@Autowired
	CloudResources resources;

	User user;

	@BeforeEach
	void fixture() {
		user = workspace.newUser("pictured");
	}

	@Test
	void storesThePictureAtTheSeedsKeyAndServesItAsAnAttachment() {
		byte[] png = TestFiles.png();
		assertThat(api.get(ROUTE + "/url", user.auth()).status()).isEqualTo(404);

		var stored = upload(png, "image/png");

		assertThat(stored.status()).as(stored.body()).isEqualTo(200);
		assertThat(stored.data().path("contentType").asString()).isEqualTo("image/png");
		assertThat(stored.data().path("sizeBytes").asLong()).isEqualTo(png.length);
		assertThat(keys()).singleElement()
			.satisfies(key -> assertThat(key).matches("profile-pictures/" + user.id() + "/\\d{13}\\.png"));
		String url = api.get(ROUTE + "/url", user.auth()).data().path("url").asString();
		HttpResponse<byte[]> picture = WorkspaceBucket.fetch(url);
		assertThat(picture.body()).isEqualTo(png);
		assertThat(picture.headers().firstValue("Content-Type")).contains("image/png");
		assertThat(picture.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).startsWith("attachment"));
	}

	@Test
	void replacingThePictureRemovesTheOldObject() {
		upload(TestFiles.png(), "image/png");
		String old = keys().get(0);

		var replaced = upload(TestFiles.image("jpeg"), "image/jpeg");

		assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
		assertThat(keys()).singleElement().satisfies(key -> {
			assertThat(key).isNotEqualTo(old);
			assertThat(key).endsWith(".jpg");
		});
		assertThat(activityTypes()).contains("profile_picture_changed");
	}

	@Test
	void removingThePictureRemovesItsObject() {
		upload(TestFiles.webp(), "image/webp");

		assertThat(api.delete(ROUTE, user.auth()).status()).isEqualTo(200);

		assertThat(keys()).isEmpty();
		assertThat(api.get(ROUTE + "/url", user.auth()).status()).isEqualTo(404);
		assertThat(api.delete(ROUTE, user.auth()).status()).isEqualTo(404);
	}

	@Test
	void refusesContentThatIsNotItsDeclaredTypeOrTooLarge() {
		for (var refused : List.of(upload(TestFiles.pngHeaderWithHtml(), "image/png"),
				upload("not an image".getBytes(StandardCharsets.UTF_8), "image/png"),
				upload(TestFiles.png(), "image/jpeg"), upload(new byte[2 * 1024 * 1024 + 1], "image/png"))) {
			assertThat(refused.status()).as(refused.body()).isEqualTo(400);
			assertThat(refused.errorCode()).isEqualTo("VALIDATION_ERROR");
			assertThat(refused.tree().path("error").path("details").get(0).path("field").asString())
				.isEqualTo("imageData");
		}
		assertThat(keys()).isEmpty();
	}

	private StratusApi.Response upload(byte[] content, String contentType) {
		return api.post(ROUTE, Map.of("imageData", Base64.getEncoder().encodeToString(content), "contentType",
				contentType), user.auth());
	}

	private List<String> activityTypes() {
		return api.get("/api/home", user.auth())
			.data()
			.path("recentActivity")
			.valueStream()
			.map(entry -> entry.path("type").asString())
			.toList();
	}

	private List<String> keys() {
		return new WorkspaceBucket(s3, resources).keys("profile-pictures/" + user.id() + "/");
	}

}
