package dev.stratus.identity.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.identity.UserPool;
import dev.stratus.platform.StratusProperties;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The first admin, from the settings or generated, created once however often the app starts. */
@IntegrationTest
class FirstAdminTests {

	@Autowired
	UserPool pool;

	@Autowired
	Users users;

	@TempDir
	Path data;

	@Test
	void createsTheConfiguredAdminConfirmedAndOnlyOnce() throws Exception {
		String email = "boss-" + UUID.randomUUID() + "@example.test";
		FirstAdmin firstAdmin = new FirstAdmin(pool, settings(true, email.toUpperCase(), "Boss-Password-1"));

		firstAdmin.create();
		UserRecord created = users.byEmail(email);
		firstAdmin.create();

		assertThat(created).isNotNull();
		assertThat(created.role()).isEqualTo(Role.ADMIN);
		assertThat(created.confirmed()).isTrue();
		assertThat(users.byEmail(email)).isEqualTo(created);
	}

	@Test
	void refusesToStartWithHalfASettingOrAWeakPassword() {
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdmin(pool, settings(true, "half@example.test", "")).create());
		assertThatIllegalStateException()
			.isThrownBy(() -> new FirstAdmin(pool, settings(true, "weak@example.test", "password")).create())
			.withMessageContaining("upper-case");
	}

	@Test
	void generatesTheLocalAdminsPasswordIntoTheDataDirectory() throws Exception {
		Path file = data.resolve(FirstAdmin.PASSWORD_FILE);
		UserRecord existing = users.byEmail(FirstAdmin.LOCAL_EMAIL);

		new FirstAdmin(pool, settings(false, "", "")).create();

		UserRecord admin = users.byEmail(FirstAdmin.LOCAL_EMAIL);
		assertThat(admin).isNotNull();
		assertThat(admin.role()).isEqualTo(Role.ADMIN);
		if (existing == null) {
			assertThat(Files.readString(file).strip()).hasSizeGreaterThanOrEqualTo(24);
			assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
		}
		else {
			assertThat(file).doesNotExist();
		}
	}

	private StratusProperties settings(boolean inMemory, String email, String password) {
		return new StratusProperties(StratusProperties.Mode.LOCAL, data, "", inMemory, null, List.of(), null,
				new StratusProperties.Admin(email, password), StratusProperties.Runtime.SERVER);
	}

}
