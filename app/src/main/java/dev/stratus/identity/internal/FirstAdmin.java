package dev.stratus.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

import dev.stratus.identity.PasswordPolicy;
import dev.stratus.identity.UserPool;
import dev.stratus.platform.Secrets;
import dev.stratus.platform.StratusProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Makes sure there is someone to administer the pool: the admin named by
 * {@code STRATUS_ADMIN_EMAIL}/{@code STRATUS_ADMIN_PASSWORD}, or in local mode without them
 * {@code admin@stratus.local} with a random password written to
 * {@code <data>/initial-admin-password} (never to the log). Runs at every start and changes nothing
 * once the admin exists.
 */
@Component
class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	static final String LOCAL_EMAIL = "admin@stratus.local";

	static final String PASSWORD_FILE = "initial-admin-password";

	private static final String NAME = "Administrator";

	private final UserPool pool;

	private final StratusProperties settings;

	FirstAdmin(UserPool pool, StratusProperties settings) {
		this.pool = pool;
		this.settings = settings;
	}

	/**
	 * Before the web server starts, not after (as an {@code ApplicationRunner} would): a client that
	 * finds the app healthy can sign in as this admin at once.
	 */
	@Override
	public void afterSingletonsInstantiated() {
		try {
			create();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void create() throws IOException {
		String email = settings.admin() == null ? null : settings.admin().email();
		String password = settings.admin() == null ? null : settings.admin().password();
		if (!isBlank(email) || !isBlank(password)) {
			configured(email, password);
		}
		else if (settings.isLocal() && !settings.inMemory()) {
			generated(settings.dataDir().resolve(PASSWORD_FILE));
		}
		else {
			log.info("No first admin configured; set STRATUS_ADMIN_EMAIL and STRATUS_ADMIN_PASSWORD to create one");
		}
	}

	private void configured(String email, String password) {
		if (isBlank(email) || isBlank(password)) {
			throw new IllegalStateException("Set STRATUS_ADMIN_EMAIL and STRATUS_ADMIN_PASSWORD together, or neither");
		}
		List<String> broken = PasswordPolicy.brokenRules(password);
		if (!broken.isEmpty()) {
			throw new IllegalStateException("STRATUS_ADMIN_PASSWORD " + String.join(", ", broken));
		}
		pool.ensureAdmin(email.strip().toLowerCase(Locale.ROOT), password, NAME);
	}

	private void generated(Path file) throws IOException {
		if (Files.exists(file)) {
			pool.ensureAdmin(LOCAL_EMAIL, Files.readString(file).strip(), NAME);
			return;
		}
		String password = newPassword();
		// The file first: an admin whose password nobody can read would be no admin at all.
		if (!Secrets.writeOwnerOnly(file, password + "\n")) {
			pool.ensureAdmin(LOCAL_EMAIL, Files.readString(file).strip(), NAME);
			return;
		}
		if (pool.ensureAdmin(LOCAL_EMAIL, password, NAME)) {
			log.info("First admin {} created; the password is in {}", LOCAL_EMAIL, file.toAbsolutePath());
		}
		else {
			Files.delete(file);
		}
	}

	/** 18 random bytes in base64, with the classes the policy asks for guaranteed. */
	private static String newPassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "Aa1";
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
