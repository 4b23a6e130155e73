package dev.stratus.workspace.web;

import java.util.Map;
import java.util.TreeMap;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.ProfilePictures;
import dev.stratus.workspace.Settings;
import dev.stratus.workspace.UserSettings;
import dev.stratus.workspace.web.ProfilePictureController.ProfilePictureResponse;
import dev.stratus.workspace.web.SettingsRequests.SettingsUpdate;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's settings: display name, time zone and notification preferences; the picture has its own routes,
 * and the settings say whether there is one, so that a client asks for its address only then.
 */
@RestController
class SettingsController {

	private final Settings settings;

	private final ProfilePictures pictures;

	SettingsController(Settings settings, ProfilePictures pictures) {
		this.settings = settings;
		this.pictures = pictures;
	}

	@GetMapping("/api/settings")
	ApiResponse<SettingsResponse> get() {
		Person caller = SignedIn.person();
		return ApiResponse.of(answer(caller, settings.of(caller)));
	}

	@PutMapping("/api/settings")
	ApiResponse<SettingsResponse> update(@Valid @RequestBody SettingsUpdate body) {
		Person caller = SignedIn.person();
		return ApiResponse.of(answer(caller, settings.update(caller, body.change())));
	}

	private SettingsResponse answer(Person caller, UserSettings saved) {
		return new SettingsResponse(saved.displayName(), saved.timeZone(), new TreeMap<>(saved.notifications()),
				pictures.find(caller.userId()).map(ProfilePictureResponse::of).orElse(null));
	}

	/**
	 * @param notifications every notifying type, by name, with the caller's choice or its default
	 * @param profilePicture the picture's facts; absent when there is none
	 */
	record SettingsResponse(String displayName, String timeZone, Map<String, NotificationPreference> notifications,
			@Nullable ProfilePictureResponse profilePicture) {
	}

}
