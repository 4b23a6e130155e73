package dev.stratus.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.mail.Mailer;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.dynamo.QueryPages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A reset code is checked before the new password is hashed: a wrong guess must not cost a bcrypt. */
@IntegrationTest
class PasswordResetTests {

	@Autowired
	Users users;

	@Autowired
	Codes codes;

	@Autowired
	Sessions sessions;

	@Autowired
	TokenIssuer tokens;

	@Autowired
	SigningKeys keys;

	@Autowired
	Mailer mailer;

	@Autowired
	QueryPages pages;

	final AtomicInteger hashes = new AtomicInteger();

	LocalUserPool pool;

	UserRecord user;

	@BeforeEach
	void givenAUserWithAResetCode() {
		pool = new LocalUserPool(users, codes, sessions, tokens, keys, mailer, pages, Clock.systemUTC(),
				counting());
		String id = UUID.randomUUID().toString();
		user = new UserRecord(id, "reset-" + id + "@example.test", "Reset Tester", "not-a-real-hash", Role.USER, true,
				false, Instant.parse("2024-01-15T10:30:00.000Z"), 0);
		assertThat(users.create(user, null)).isTrue();
		codes.store(id, Codes.Purpose.RESET, "123456");
		hashes.set(0);
	}

	@Test
	void hashesNothingForAWrongCode() {
		assertThatThrownBy(() -> pool.resetPassword(user.email(), "654321", "Brand-New-Pass-1"))
			.isInstanceOf(InvalidInput.class);

		assertThat(hashes).hasValue(0);
	}

	@Test
	void hashesTheNewPasswordOnceTheCodeMatches() {
		pool.resetPassword(user.email(), "123456", "Brand-New-Pass-1");

		assertThat(hashes).hasValue(1);
		assertThat(users.byId(user.id()).passwordHash()).startsWith("$2");
	}

	/** bcrypt at its lowest cost, counting every hash it makes. */
	private PasswordEncoder counting() {
		PasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
		return new PasswordEncoder() {

			@Override
			public String encode(CharSequence raw) {
				hashes.incrementAndGet();
				return bcrypt.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return bcrypt.matches(raw, encoded);
			}

		};
	}

}
