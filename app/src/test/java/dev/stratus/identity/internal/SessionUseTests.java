package dev.stratus.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.SignInSession;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.stratus.identity.TestUsers.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a session counts as used: at every refresh, and on requests at most once per
 * {@link SessionItems#TOUCH_EVERY}, so the account check behind every request does not write each time.
 */
@IntegrationTest
class SessionUseTests {

	@Autowired
	IdentityTable.Items items;

	@Autowired
	Users users;

	final SettableClock clock = new SettableClock();

	Sessions sessions;

	UserRecord user;

	Sessions.Started session;

	@BeforeEach
	void signIn() {
		sessions = new Sessions(items, clock);
		String id = UUID.randomUUID().toString();
		user = new UserRecord(id, "use-" + id + "@example.test", "Use Tester", "not-a-real-hash", Role.USER, true,
				false, Instant.parse("2024-01-15T10:30:00.000Z"), 0);
		assertThat(users.create(user, null)).isTrue();
		session = sessions.start(user.id(), CLIENT);
	}

	@Test
	void recordsTheClientItStartedFrom() {
		SignInSession listed = listed();

		assertThat(listed.id()).isEqualTo(session.sessionId());
		assertThat(listed.userAgent()).isEqualTo(CLIENT.userAgent());
		assertThat(listed.ipAddress()).isEqualTo(CLIENT.ipAddress());
		assertThat(listed.createdAt()).isEqualTo(now()).isEqualTo(listed.lastUsedAt());
	}

	@Test
	void notesARequestOnlyOnceTheLastNotedUseIsAMinuteOld() {
		clock.advance(Duration.ofSeconds(30));
		sessions.recentState(user.id(), session.sessionId());
		assertThat(listed().lastUsedAt()).as("used within the minute").isEqualTo(listed().createdAt());

		clock.advance(SessionItems.TOUCH_EVERY);
		sessions.recentState(user.id(), session.sessionId());
		Instant noted = now();
		assertThat(listed().lastUsedAt()).isEqualTo(noted);

		clock.advance(Sessions.RECHECK_AFTER.multipliedBy(2));
		sessions.recentState(user.id(), session.sessionId());
		assertThat(listed().lastUsedAt()).as("noted a moment ago").isEqualTo(noted);
	}

	@Test
	void notesEveryRefresh() {
		clock.advance(Duration.ofSeconds(7));

		sessions.rotate(session.refreshToken());

		assertThat(listed().lastUsedAt()).isEqualTo(now());
	}

	@Test
	void refusesToEndASessionTwiceOrOneOfAnotherUser() {
		assertThat(sessions.endActive("someone-else", session.sessionId())).isFalse();
		assertThat(sessions.endActive(user.id(), session.sessionId())).isTrue();

		assertThat(sessions.endActive(user.id(), session.sessionId())).isFalse();
		assertThat(sessions.active(user.id())).isEmpty();
	}

	private SignInSession listed() {
		assertThat(sessions.active(user.id())).hasSize(1);
		return sessions.active(user.id()).get(0);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

}
