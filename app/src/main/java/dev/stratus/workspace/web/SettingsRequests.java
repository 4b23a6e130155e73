package dev.stratus.workspace.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.ActivityTypes;
import dev.stratus.workspace.NotificationPreference;
import dev.stratus.workspace.SettingsChange;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/settings}, with the settings rules of the contract. */
final class SettingsRequests {

	private SettingsRequests() {
	}

	/**
	 * Only the fields sent are checked and changed; {@code notifications} names the types whose preferences
	 * change. The display name is stripped before its length is checked; a time zone is an IANA id.
	 */
	record SettingsUpdate(@Nullable @Size(min = 1, max = 100) String displayName, @Nullable String timeZone,
			@Nullable Map<String, @Valid @NotNull PreferenceBody> notifications) {

		SettingsUpdate {
			displayName = displayName == null ? null : displayName.strip();
		}

		/** Reported as the field {@code body}: a problem of the body as a whole. */
		@JsonIgnore
		@AssertTrue(message = "must contain at least one of displayName, timeZone, notifications")
		boolean isBody() {
			return Stream.of(displayName, timeZone, notifications).anyMatch(field -> field != null);
		}

		/**
		 * Only once validated.
		 * @throws InvalidInput naming {@code timeZone} for a zone that is not an IANA id, and
		 * {@code notifications.<type>} for each type that notifies nobody
		 */
		SettingsChange change() {
			List<FieldProblem> problems = new ArrayList<>();
			if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
				problems.add(new FieldProblem("timeZone", "must be an IANA time zone, as Europe/Paris"));
			}
			Map<String, NotificationPreference> preferences = notifications == null ? null : new TreeMap<>();
			if (notifications != null) {
				notifications.forEach((type, body) -> {
					if (ActivityTypes.NOTIFYING.contains(type)) {
						preferences.put(type, new NotificationPreference(body.inApp(), body.email()));
					}
					else {
						problems.add(new FieldProblem("notifications." + type,
								"is not a notifying activity type; these are " + String.join(", ", NOTIFYING)));
					}
				});
			}
			if (!problems.isEmpty()) {
				throw new InvalidInput(problems.stream().sorted(Comparator.comparing(FieldProblem::field)).toList());
			}
			return new SettingsChange(displayName, timeZone, preferences);
		}

	}

	record PreferenceBody(@NotNull Boolean inApp, @NotNull Boolean email) {
	}

	private static final List<String> NOTIFYING = ActivityTypes.NOTIFYING.stream().sorted().toList();

}
