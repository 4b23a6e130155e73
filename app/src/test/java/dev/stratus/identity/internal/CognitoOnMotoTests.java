package dev.stratus.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.stratus.MotoServer;
import dev.stratus.identity.Registration;
import dev.stratus.identity.Session;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.UserProfile;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.ScratchTable;
import dev.stratus.platform.errors.Duplicate;
import dev.stratus.platform.errors.NotConfirmed;
import dev.stratus.platform.errors.WrongCredentials;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.web.FixedPageTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ExplicitAuthFlowsType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UsernameAttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.VerifiedAttributeType;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static dev.stratus.identity.TestUsers.CLIENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AWS mode's user pool, the real adapter, against moto's Cognito set up as the CDK stack sets up the pool (email as
 * the username, an app client with {@code USER_PASSWORD_AUTH} and no secret, the four role groups) and an identity
 * table in moto's DynamoDB; ID tokens are checked by the app's own decoder against moto's published keys. moto does
 * not check confirmation codes and has neither {@code GetTokensFromRefreshToken} nor {@code RevokeToken}: refresh
 * and sign-out stay with {@link CognitoUserPoolTests}.
 */
class CognitoOnMotoTests {

	private static final String PASSWORD = "Secret-Pass-1";

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	private CognitoIdentityProviderClient cognito;

	private DynamoDbClient dynamo;

	private Items items;

	private CognitoPool settings;

	private CognitoSessions sessions;

	private CognitoUserPool pool;

	private JwtDecoder idTokens;

	@BeforeEach
	void poolAsTheStackDeclaresIt() {
		MotoServer moto = MotoServer.shared();
		cognito = moto.client(CognitoIdentityProviderClient.builder());
		dynamo = moto.client(DynamoDbClient.builder());
		String poolId = cognito
			.createUserPool(b -> b.poolName("stratus-users-" + run)
				.usernameAttributes(UsernameAttributeType.EMAIL)
				.autoVerifiedAttributes(VerifiedAttributeType.EMAIL))
			.userPool()
			.id();
		String clientId = cognito
			.createUserPoolClient(b -> b.userPoolId(poolId)
				.clientName("stratus-app")
				.generateSecret(false)
				.explicitAuthFlows(ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH,
						ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH))
			.userPoolClient()
			.clientId();
		for (Role role : Role.values()) {
			cognito.createGroup(b -> b.userPoolId(poolId).groupName(role.group()));
		}
		settings = new CognitoPool(poolId, clientId);
		items = new Items(dynamo, ScratchTable.create(dynamo, "identity-"));
		Clock clock = Clock.systemUTC();
		sessions = new CognitoSessions(items, cognito, settings, clock);
		pool = new CognitoUserPool(cognito, settings, FixedPageTokens.create(), sessions,
				new AdminChangeLock(items, clock), clock);
		idTokens = CognitoConfiguration.idTokens(settings,
				moto.endpoint().resolve("/" + poolId + "/.well-known/jwks.json").toString(), sessions);
	}

	@AfterEach
	void close() {
		if (cognito != null) {
			cognito.close();
			dynamo.close();
		}
	}

	@Test
	void registersIntoTheUserGroupAndSignsInOnceConfirmed() {
		UserProfile registered = pool.register(new Registration("ada@example.test", PASSWORD, "Ada"));

		assertThatExceptionOfType(NotConfirmed.class)
			.isThrownBy(() -> pool.login("ada@example.test", PASSWORD, CLIENT));
		pool.confirm("ada@example.test", "123456");
		Session session = pool.login("ada@example.test", PASSWORD, CLIENT);

		assertThat(session.user().userId()).isEqualTo(registered.userId());
		assertThat(session.user().email()).isEqualTo("ada@example.test");
		assertThat(session.user().name()).isEqualTo("Ada");
		assertThat(session.user().role()).isEqualTo(Role.USER);
		assertThat(session.refreshToken()).isNotBlank();
		assertThat(pool.sessions(registered.userId())).as("the sign-in is listed").hasSize(1);
	}

	@Test
	void verifiesTheIdTokenWithTheAppsRulesAgainstThePoolsPublishedKeys() {
		Session session = signedIn("ada@example.test", Role.MANAGER);

		Jwt jwt = idTokens.decode(session.idToken());

		assertThat(jwt.getSubject()).isEqualTo(session.user().userId());
		assertThat(jwt.getClaimAsStringList(Role.GROUPS_CLAIM)).containsExactly("manager");
		assertThat(jwt.getAudience()).containsExactly(settings.clientId());
	}

	@Test
	void refusesADuplicateEmailAndAWrongPassword() {
		signedIn("ada@example.test", Role.USER);

		assertThatExceptionOfType(Duplicate.class)
			.isThrownBy(() -> pool.register(new Registration("ada@example.test", PASSWORD, "Ada again")));
		assertThatExceptionOfType(WrongCredentials.class)
			.isThrownBy(() -> pool.login("ada@example.test", "Wrong-Pass-1", CLIENT));
		assertThatExceptionOfType(WrongCredentials.class)
			.isThrownBy(() -> pool.login("nobody@example.test", PASSWORD, CLIENT));
	}

	@Test
	void movesAUserToExactlyOneGroupAndStopsTheTokenOfTheOldRole() {
		Session session = signedIn("ada@example.test", Role.USER);
		String userId = session.user().userId();

		UserProfile changed = pool.update(userId, new UserChange(Role.MANAGER, null));

		assertThat(changed.role()).isEqualTo(Role.MANAGER);
		assertThat(groupsOf(userId)).containsExactly("manager");
		assertThat(pool.emailsOf(Role.MANAGER)).containsExactly("ada@example.test");
		assertThat(pool.emailsOf(Role.USER)).isEmpty();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> idTokens.decode(session.idToken()));
		Session again = pool.login("ada@example.test", PASSWORD, CLIENT);
		assertThat(idTokens.decode(again.idToken()).getClaimAsStringList(Role.GROUPS_CLAIM))
			.containsExactly("manager");
	}

	@Test
	void disablesAUserSignsThemOutEverywhereAndRefusesTheirSignIn() {
		signedIn("admin@example.test", Role.ADMIN);
		Session session = signedIn("ada@example.test", Role.USER);
		String userId = session.user().userId();
		assertThat(idTokens.decode(session.idToken()).getSubject()).isEqualTo(userId);

		UserProfile disabled = pool.update(userId, new UserChange(null, true));

		assertThat(disabled.disabled()).isTrue();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> idTokens.decode(session.idToken()));
		assertThatExceptionOfType(WrongCredentials.class)
			.isThrownBy(() -> pool.login("ada@example.test", PASSWORD, CLIENT));
		assertThat(pool.sessions(userId)).as("every session ended").isEmpty();

		pool.update(userId, new UserChange(null, false));
		assertThat(pool.profile(userId).disabled()).isFalse();
		assertThatExceptionOfType(JwtValidationException.class)
			.as("enabled again, the old session stays ended")
			.isThrownBy(() -> idTokens.decode(session.idToken()));
		assertThat(pool.login("ada@example.test", PASSWORD, CLIENT).user().disabled()).isFalse();
	}

	@Test
	void pagesThroughEveryUserUnderSignedTokens() {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String email = "user" + i + "@example.test";
			pool.register(new Registration(email, PASSWORD, "User " + i));
			emails.add(email);
		}

		List<String> listed = new ArrayList<>();
		int pages = 0;
		String next = null;
		do {
			Page<UserProfile> page = pool.users(2, next);
			assertThat(page.items()).hasSizeLessThanOrEqualTo(2);
			page.items().forEach(user -> listed.add(user.email()));
			next = page.nextToken();
			pages++;
		}
		while (next != null && pages < 10);

		assertThat(listed).containsExactlyInAnyOrderElementsOf(emails);
		assertThat(pages).isEqualTo(3);
	}

	@Test
	void findsAUserByEmailAndCreatesTheFirstAdminOnce() {
		UserProfile registered = pool.register(new Registration("ada@example.test", PASSWORD, "Ada"));

		assertThat(pool.userIdOf("ada@example.test")).contains(registered.userId());
		assertThat(pool.userIdOf("nobody@example.test")).isEmpty();
		assertThat(pool.ensureAdmin("root@example.test", "Admin-Pass-1", "Root")).isTrue();
		assertThat(pool.ensureAdmin("root@example.test", "Admin-Pass-1", "Root")).isFalse();
		assertThat(pool.emailsOf(Role.ADMIN)).containsExactly("root@example.test");
		assertThat(pool.login("root@example.test", "Admin-Pass-1", CLIENT).user().role()).isEqualTo(Role.ADMIN);
	}

	/** Registered, confirmed, given {@code role} (by the adapter, as an admin would) and signed in. */
	private Session signedIn(String email, Role role) {
		UserProfile user = pool.register(new Registration(email, PASSWORD, "Someone"));
		pool.confirm(email, "000000");
		if (role != Role.USER) {
			pool.update(user.userId(), new UserChange(role, null));
		}
		return pool.login(email, PASSWORD, CLIENT);
	}

	private List<String> groupsOf(String userId) {
		return cognito.adminListGroupsForUser(b -> b.userPoolId(settings.poolId()).username(userId))
			.groups()
			.stream()
			.map(GroupType::groupName)
			.toList();
	}

}
