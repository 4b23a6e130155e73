package dev.stratus.workspace.internal.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import dev.stratus.IntegrationTest;
import dev.stratus.StratusApi;
import dev.stratus.identity.Accounts;
import dev.stratus.identity.ApiKey;
import dev.stratus.identity.ApiKeys;
import dev.stratus.identity.NewApiKey;
import dev.stratus.identity.TestUsers;
import dev.stratus.identity.UserChange;
import dev.stratus.platform.mail.MailboxReader;
import dev.stratus.platform.security.Role;
import dev.stratus.workspace.WorkspaceApiTest;
import dev.stratus.workspace.WorkspaceFixture.User;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Identity's security events become {@code security_alert} entries of the user, with a notification and (by
 * default) an email: the fifth failed sign-in in the window (not the fourth, nor the sixth), a role change, a new
 * API key. (The password reset is raised at the same place as the others, after the pool's change.)
 */
@IntegrationTest
class SecurityAlertsTests extends WorkspaceApiTest {

	private static final Duration DEADLINE = Duration.ofSeconds(30);

	@Autowired
	Accounts accounts;

	@Autowired
	ApiKeys apiKeys;

	@Autowired
	TestUsers users;

	@Test
	void alertsOnTheFifthFailedSignInOnly() {
		User user = workspace.newUser("alerted");
		for (int failure = 1; failure <= 4; failure++) {
			failSignIn(user);
		}
		assertThat(alerts(user)).isEmpty();

		failSignIn(user);
		failSignIn(user);

		Awaitility.await("the alert").atMost(DEADLINE).until(() -> alerts(user), alerts -> !alerts.isEmpty());
		Awaitility.await("its email")
			.atMost(DEADLINE)
			.until(() -> new MailboxReader(cloud()).withSubject(user.email(), "Security alert"), mails -> !mails
				.isEmpty());
		assertThat(alerts(user)).hasSize(1);
		assertThat(alerts(user).get(0)).contains("5 failed sign-ins");
	}

	@Test
	void alertsOnARoleChangeAndANewApiKey() {
		User before = workspace.newUser("alerted");

		accounts.update("some-admin", before.id(), new UserChange(Role.MANAGER, null));
		apiKeys.create(before.id(), new NewApiKey("CI", Set.of(ApiKey.Scope.CUSTOMERS_READ), null, 60, 1000));

		// The role change ended the user's sessions.
		User user = new User(before.id(), before.email(), StratusApi
			.bearer(users.login(before.email(), TestUsers.PASSWORD).path("idToken").asString()));
		Awaitility.await("two alerts").atMost(DEADLINE).until(() -> alerts(user), alerts -> alerts.size() == 2);
		assertThat(alerts(user)).anySatisfy(summary -> assertThat(summary).contains("role to manager"))
			.anySatisfy(summary -> assertThat(summary).contains("API key \"CI\""));
		assertThat(api.get("/api/activity?type=security_alert", user.auth()).data().path("items")).hasSize(2);
	}

	private void failSignIn(User user) {
		Throwable refused = catchThrowable(
				() -> accounts.login(user.email(), "wrong-" + UUID.randomUUID(), "client-" + UUID.randomUUID()));
		assertThat(refused).isNotNull();
	}

	private List<String> alerts(User user) {
		List<String> alerts = new ArrayList<>();
		api.get("/api/notifications", user.auth())
			.data()
			.path("items")
			.forEach(n -> {
				if (n.path("type").asString().equals("security_alert")) {
					alerts.add(n.path("body").asString());
				}
			});
		return alerts;
	}

}
