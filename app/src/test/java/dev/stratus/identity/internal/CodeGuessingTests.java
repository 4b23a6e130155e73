package dev.stratus.identity.internal;

import java.time.Duration;

import dev.stratus.IntegrationTest;
import dev.stratus.SettableClock;
import dev.stratus.identity.Accounts;
import dev.stratus.identity.Mailbox;
import dev.stratus.identity.Registration;
import dev.stratus.identity.UserPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.errors.TooManyAttempts;
import dev.stratus.platform.security.SecurityAlerts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static dev.stratus.identity.TestUsers.PASSWORD;
import static dev.stratus.identity.TestUsers.newEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A new code does not buy new guesses: the cap on wrong codes holds across every code sent. */
@IntegrationTest
class CodeGuessingTests {

	@Autowired
	UserPool pool;

	@Autowired
	LoginThrottle logins;

	@Autowired
	Items items;

	@Autowired
	Mailbox mailbox;

	@Autowired
	Users users;

	@Autowired
	SecurityAlerts alerts;

	final SettableClock clock = new SettableClock();

	Accounts accounts;

	@BeforeEach
	void accountsOnASettableClock() throws ReflectiveOperationException {
		var constructor = Accounts.class.getDeclaredConstructor(UserPool.class, LoginThrottle.class,
				CodeThrottle.class, SecurityAlerts.class);
		constructor.setAccessible(true);
		accounts = constructor.newInstance(pool, logins, new CodeThrottle(items, clock), alerts);
	}

	@Test
	void refusesEvenTheRightFreshCodeAfterTenWrongOnesUntilTheHourIsOver() {
		String email = newEmail("guesser");
		accounts.register(new Registration(email, PASSWORD, "Guesser"));
		String first = mailbox.code(email, "confirmation code");
		String wrong = first.equals("000000") ? "111111" : "000000";
		for (int i = 0; i < CodeThrottle.MAX_WRONG; i++) {
			assertThatThrownBy(() -> accounts.confirm(email, wrong)).isInstanceOf(InvalidInput.class);
		}

		accounts.resendCode(email);
		String fresh = mailbox.codeAfter(email, "confirmation code", 1);

		assertThatThrownBy(() -> accounts.confirm(email, fresh))
			.isInstanceOfSatisfying(TooManyAttempts.class,
					refused -> assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(CodeThrottle.WINDOW));
		clock.advance(CodeThrottle.WINDOW.plus(Duration.ofSeconds(1)));
		accounts.confirm(email, fresh);
		assertThat(users.byEmail(email).confirmed()).isTrue();
	}

}
