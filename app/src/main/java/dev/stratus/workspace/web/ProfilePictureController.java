package dev.stratus.workspace.web;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.platform.web.LargeBodyRoute;
import dev.stratus.platform.web.RequestProblems;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.ProfilePicture;
import dev.stratus.workspace.ProfilePictures;
import dev.stratus.workspace.internal.content.FileType;
import dev.stratus.workspace.web.GenerationResponses.DownloadUrl;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's profile picture: replaced with a base64 body (whose size limit is raised for this route
 * alone to what 2 MiB of base64 takes), read through a presigned URL, removed. The rest of the settings are
 * {@code /api/settings}'.
 */
@RestController
@RequestMapping("/api/settings/profile-picture")
class ProfilePictureController {

	static final String ROUTE = "/api/settings/profile-picture";

	private final ProfilePictures pictures;

	ProfilePictureController(ProfilePictures pictures) {
		this.pictures = pictures;
	}

	/** {@code POST /api/settings/profile-picture}: the image as base64 (standard alphabet, padded). */
	record PictureBody(@NotNull String imageData,
			@NotNull @Pattern(regexp = "image/png|image/jpeg|image/webp",
					message = "must be one of image/png, image/jpeg, image/webp") String contentType) {
	}

	record ProfilePictureResponse(String contentType, long sizeBytes, String uploadedAt) {

		static ProfilePictureResponse of(ProfilePicture picture) {
			return new ProfilePictureResponse(picture.contentType(), picture.sizeBytes(),
					Timestamps.format(picture.uploadedAt()));
		}

	}

	record PictureRemoved(boolean removed) {
	}

	/** Lets the route's bodies past the platform's 1 MiB (docs/API.md "Bodies"). */
	@Bean
	static LargeBodyRoute profilePictureBodyLimit() {
		return LargeBodyRoute.base64(HttpMethod.POST, ROUTE, ProfilePictures.MAX_BYTES);
	}

	@PostMapping
	ApiResponse<ProfilePictureResponse> replaceProfilePicture(@Valid @RequestBody PictureBody body,
			BindingResult problems) {
		byte[] content = body.imageData() == null ? null : DocumentationRequests.base64(body.imageData());
		if (body.imageData() != null && content == null) {
			RequestProblems.reject(problems, "imageData", "must be base64");
		}
		RequestProblems.throwIfAny(problems);
		FileType type = FileType.of(body.contentType()).orElseThrow();
		return ApiResponse
			.of(ProfilePictureResponse.of(pictures.replace(SignedIn.userId(), content, type, "imageData")));
	}

	@GetMapping("/url")
	ApiResponse<DownloadUrl> profilePictureUrl() {
		return ApiResponse.of(DownloadUrl.of(pictures.url(SignedIn.userId())));
	}

	@DeleteMapping
	ApiResponse<PictureRemoved> removeProfilePicture() {
		pictures.remove(SignedIn.userId());
		return ApiResponse.of(new PictureRemoved(true));
	}

}
