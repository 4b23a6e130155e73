package dev.stratus.workspace.web;

import java.util.Map;
import java.util.TreeMap;

import dev.stratus.platform.web.ApiResponse;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.Settings;
import dev.stratus.workspace.UserSettings;
import dev.stratus.workspace.web.SettingsRequests.SettingsUpdate;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's settings: display name, time zone and notification preferences (the picture has its own routes). */
@RestController
class SettingsController {

	private final Settings settings;

	SettingsController(Settings settings) {
		this.settings = settings;
	}

	@GetMapping("/api/settings")
	ApiResponse<SettingsResponse> get() {
		return ApiResponse.of(SettingsResponse.of(settings.of(SignedIn.person())));
	}

	@PutMapping("/api/settings")
	ApiResponse<SettingsResponse> update(@Valid @RequestBody SettingsUpdate body) {
		return ApiResponse.of(SettingsResponse.of(settings.update(SignedIn.person(), body.change())));
	}

	/** @param notifications every notifying type, by name, with the caller's choice or its default */
	record SettingsResponse(String displayName, String timeZone, Map<String, NotificationPreference> notifications) {

		static SettingsResponse of(UserSettings settings) {
			return new SettingsResponse(settings.displayName(), settings.timeZone(),
					new TreeMap<>(settings.notifications()));
		}

	}

}
