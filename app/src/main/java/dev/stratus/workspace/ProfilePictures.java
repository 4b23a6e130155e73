package dev.stratus.workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;

import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.PictureTable;
import dev.stratus.workspace.internal.PictureTable.Stored;
import dev.stratus.workspace.internal.content.FileContent;
import dev.stratus.workspace.internal.content.FileObjects;
import dev.stratus.workspace.internal.content.FileType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Users' profile pictures: a PNG, JPEG or WebP of at most {@link #MAX_BYTES}, checked by its content, stored at
 * the seed's {@code profile-pictures/{userId}/{epochMillis}.{ext}} and read through short-lived URLs. A new
 * picture is recorded before the old object is removed, so there is always a picture to show.
 */
@Service
public class ProfilePictures {

	/** The largest picture, decoded. */
	public static final long MAX_BYTES = 2L * 1024 * 1024;

	/** The types a picture may have. */
	public static final Set<FileType> TYPES = Set.of(FileType.PNG, FileType.JPEG, FileType.WEBP);

	private static final Logger log = LoggerFactory.getLogger(ProfilePictures.class);

	private final PictureTable table;

	private final FileObjects objects;

	private final ActivityLog activities;

	private final Clock clock;

	ProfilePictures(PictureTable table, FileObjects objects, ActivityLog activities, Clock clock) {
		this.table = table;
		this.objects = objects;
		this.activities = activities;
		this.clock = clock;
	}

	/**
	 * Makes {@code content} the user's picture, replacing the one before.
	 * @param field what the content was sent as, named when it is refused
	 * @throws InvalidInput when it is too large, of a type pictures cannot have, or not of the declared type
	 * @throws Conflict when another replace won meanwhile
	 */
	public ProfilePicture replace(String userId, byte[] content, FileType type, String field) {
		if (!TYPES.contains(type)) {
			throw new InvalidInput("contentType", "must be one of image/png, image/jpeg, image/webp");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInput(field, "must be at most 2 MiB (" + MAX_BYTES + " bytes) decoded");
		}
		FileContent.check(content, type, field);
		Optional<Stored> before = table.find(userId);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		Stored stored = new Stored(new ProfilePicture(type.contentType(), content.length, now),
				"profile-pictures/" + userId + "/" + now.toEpochMilli() + "." + type.extension());
		objects.put(stored.key(), content, type.contentType(), fileName(type));
		if (!table.replace(userId, before.orElse(null), stored, activities.entry(
				ActivityLog.of("profile_picture_changed", null, userId, "Changed the profile picture", now)))) {
			objects.delete(stored.key());
			throw new Conflict("The picture was changed meanwhile; try again");
		}
		before.filter(old -> !old.key().equals(stored.key())).ifPresent(old -> objects.delete(old.key()));
		log.atInfo()
			.addKeyValue("userId", userId)
			.addKeyValue("type", type.contentType())
			.addKeyValue("sizeBytes", content.length)
			.log("Profile picture changed");
		return stored.picture();
	}

	public Optional<ProfilePicture> find(String userId) {
		return table.find(userId).map(Stored::picture);
	}

	/** A presigned GET of the picture. @throws NotFound when the user has none */
	public DownloadLink url(String userId) {
		Stored stored = table.find(userId).orElseThrow(() -> new NotFound("Profile picture"));
		FileType type = FileType.of(stored.picture().contentType()).orElseThrow();
		return new DownloadLink(objects.viewUrl(stored.key(), type.contentType(), fileName(type)),
				clock.instant().truncatedTo(ChronoUnit.MILLIS).plus(FileObjects.VIEW_WINDOW));
	}

	/**
	 * Removes the picture and its object.
	 * @throws NotFound when the user has none
	 * @throws Conflict when it was replaced meanwhile
	 */
	public void remove(String userId) {
		Stored stored = table.find(userId).orElseThrow(() -> new NotFound("Profile picture"));
		Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
		if (!table.remove(userId, stored, activities
			.entry(ActivityLog.of("profile_picture_changed", null, userId, "Removed the profile picture", now)))) {
			throw new Conflict("The picture was changed meanwhile; try again");
		}
		objects.delete(stored.key());
		log.atInfo().addKeyValue("userId", userId).log("Profile picture removed");
	}

	private static String fileName(FileType type) {
		return "profile-picture." + type.extension();
	}

}
