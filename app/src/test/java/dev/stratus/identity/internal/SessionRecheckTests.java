package dev.stratus.identity.internal;

import java.time.Instant;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.UserChange;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.stratus.identity.TestUsers.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How fresh the account check behind every signed-in request is: a change made through this
 * instance counts at the next request, one made by another instance within
 * {@link Sessions#RECHECK_AFTER}.
 */
@IntegrationTest
class SessionRecheckTests {

	@Autowired
	IdentityTable.Items items;

	@Autowired
	Users users;

	final SettableClock clock = new SettableClock();

	Sessions sessions;

	Sessions otherInstance;

	UserRecord user;

	Sessions.Started session;

	@BeforeEach
	void signIn() {
		sessions = new Sessions(items, clock);
		otherInstance = new Sessions(items, clock);
		String id = UUID.randomUUID().toString();
		user = new UserRecord(id, "recheck-" + id + "@example.test", "Recheck Tester", "not-a-real-hash", Role.USER,
				true, false, Instant.parse("2024-01-15T10:30:00.000Z"), 0);
		assertThat(users.create(user, null)).isTrue();
		session = sessions.start(user.id(), CLIENT);
	}

	@Test
	void refusesASessionEndedOnThisInstanceAtTheNextRequest() {
		assertThat(rejection()).isEqualTo(Rejection.NONE);

		sessions.end(user.id(), session.sessionId());

		assertThat(rejection()).isEqualTo(Rejection.SESSION_ENDED);
	}

	@Test
	void refusesASessionEndedOnAnotherInstanceOnceTheRecheckWindowHasPassed() {
		assertThat(rejection()).isEqualTo(Rejection.NONE);

		otherInstance.end(user.id(), session.sessionId());

		assertThat(rejection()).as("still within the window").isEqualTo(Rejection.NONE);
		clock.advance(Sessions.RECHECK_AFTER);
		assertThat(rejection()).isEqualTo(Rejection.SESSION_ENDED);
	}

	@Test
	void readsTheAccountAgainAfterItsUserIsForgotten() {
		assertThat(rejection()).isEqualTo(Rejection.NONE);
		users.update(user.id(), new UserChange(null, true));

		sessions.forget(user.id());

		assertThat(rejection()).isEqualTo(Rejection.ACCOUNT_DISABLED);
	}

	private Rejection rejection() {
		return sessions.recentState(user.id(), session.sessionId()).rejection(null);
	}

}
