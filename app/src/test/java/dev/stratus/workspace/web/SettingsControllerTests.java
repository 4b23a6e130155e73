package dev.stratus.workspace.web;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import dev.stratus.WebSliceTest;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.Person;
import dev.stratus.workspace.ProfilePicture;
import dev.stratus.workspace.ProfilePictures;
import dev.stratus.workspace.Settings;
import dev.stratus.workspace.SettingsChange;
import dev.stratus.workspace.UserSettings;
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
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The settings routes' checking of requests, and their answers' shape, without the cloud. */
@WebSliceTest(SettingsController.class)
class SettingsControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	Settings settings;

	@MockitoBean
	ProfilePictures pictures;

	@Test
	void saysWhetherThereIsAPictureSoThatClientsAskForItsAddressOnlyThen() throws Exception {
		when(settings.of(any(Person.class))).thenReturn(new UserSettings("Ada", "UTC", Map.of()));

		mvc.perform(get("/api/settings").with(as(Role.USER)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.profilePicture").doesNotExist());

		when(pictures.find(any())).thenReturn(
				Optional.of(new ProfilePicture("image/png", 1234, Instant.parse("2026-11-30T10:00:00Z"))));
		mvc.perform(get("/api/settings").with(as(Role.USER)))
			.andExpect(jsonPath("$.data.profilePicture.contentType").value("image/png"))
			.andExpect(jsonPath("$.data.profilePicture.sizeBytes").value(1234))
			.andExpect(jsonPath("$.data.profilePicture.uploadedAt").value("2026-11-30T10:00:00.000Z"));
	}

	@Test
	void changesOnlyWhatWasSent() throws Exception {
		SettingsChange change = new SettingsChange("Ada", "Europe/Paris",
				Map.of("deployment_failed", new NotificationPreference(false, true)));
		when(settings.update(any(Person.class), eq(change))).thenReturn(new UserSettings("Ada", "Europe/Paris",
				Map.of("deployment_failed", new NotificationPreference(false, true))));

		mvc.perform(put("/api/settings").with(as(Role.USER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"displayName": " Ada ", "timeZone": "Europe/Paris",
					"notifications": {"deployment_failed": {"inApp": false, "email": true}}}"""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.data.displayName").value("Ada"))
			.andExpect(jsonPath("$.data.timeZone").value("Europe/Paris"))
			.andExpect(jsonPath("$.data.notifications.deployment_failed.inApp").value(false))
			.andExpect(jsonPath("$.data.notifications.deployment_failed.email").value(true));
	}

	@Test
	void refusesAZoneThatIsNotIana() throws Exception {
		send("{\"timeZone\": \"Mars/Olympus\"}").andExpect(invalidFields("timeZone"));
		send("{\"timeZone\": \"CEST\"}").andExpect(invalidFields("timeZone"));
		verifyNoInteractions(settings);
	}

	@Test
	void refusesANameTooLongOrEmpty() throws Exception {
		send("{\"displayName\": \"" + "n".repeat(101) + "\"}").andExpect(invalidFields("displayName"));
		send("{\"displayName\": \"   \"}").andExpect(invalidFields("displayName"));
		verifyNoInteractions(settings);
	}

	@Test
	void refusesATypeThatNotifiesNobodyByItsPath() throws Exception {
		send("""
				{"notifications": {"schema_saved": {"inApp": true, "email": false},
				"deployment_failed": {"inApp": true, "email": true}}}""")
			.andExpect(invalidFields("notifications.schema_saved"));
		send("{\"notifications\": {\"no_such_type\": {\"inApp\": true, \"email\": true}}}")
			.andExpect(invalidFields("notifications.no_such_type"));
		verifyNoInteractions(settings);
	}

	@Test
	void refusesAPreferenceWithoutBothChoices() throws Exception {
		send("{\"notifications\": {\"deployment_failed\": {\"inApp\": true}}}").andExpect(status().isBadRequest());
		verifyNoInteractions(settings);
	}

	@Test
	void refusesABodyThatChangesNothing() throws Exception {
		send("{}").andExpect(invalidFields("body"));
		verifyNoInteractions(settings);
	}

	private ResultActions send(String body) throws Exception {
		return mvc
			.perform(put("/api/settings").with(as(Role.USER)).contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
