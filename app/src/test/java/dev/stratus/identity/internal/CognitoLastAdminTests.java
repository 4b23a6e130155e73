package dev.stratus.identity.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.stratus.IntegrationTest;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.internal.CognitoConfiguration.CognitoPool;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.security.Role;
import dev.stratus.platform.errors.Conflict;
import dev.stratus.platform.web.PageTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.invocation.InvocationOnMock;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.cognitoidentityprovider.CognitoIdentityProviderClient;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminAddUserToGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminDisableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminEnableUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminGetUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminListGroupsForUserResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AdminRemoveUserFromGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.AttributeType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.GroupType;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupRequest;
import software.amazon.awssdk.services.cognitoidentityprovider.model.ListUsersInGroupResponse;
import software.amazon.awssdk.services.cognitoidentityprovider.model.UserType;
import software.amazon.awssdk.services.cognitoidentityprovider.paginators.ListUsersInGroupIterable;
import software.amazon.awssdk.utils.builder.SdkBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * AWS mode keeps an enabled admin too, against a stand-in Cognito that keeps its users in memory
 * (Cognito has no transactions: the lock item in the real identity table is what is tested).
 */
@SuppressWarnings("unchecked")
@IntegrationTest
class CognitoLastAdminTests {

	@Autowired
	Items items;

	@Autowired
	PageTokens pages;

	final CognitoIdentityProviderClient cognito = mock(CognitoIdentityProviderClient.class);

	final Map<String, Role> roles = new ConcurrentHashMap<>();

	final Map<String, Boolean> enabled = new ConcurrentHashMap<>();

	CognitoUserPool pool;

	@BeforeEach
	void standInCognito() {
		CognitoPool settings = new CognitoPool("eu-west-1_AbCdEf", "client-123");
		Clock clock = Clock.systemUTC();
		pool = new CognitoUserPool(cognito, settings, pages, mock(CognitoSessions.class),
				new AdminChangeLock(items, clock), clock);
		when(cognito.adminGetUser(any(Consumer.class))).thenAnswer(call -> {
			String user = request(call, AdminGetUserRequest.builder()).username();
			return AdminGetUserResponse.builder()
				.username(user)
				.userAttributes(attribute("sub", user), attribute("email", user + "@example.test"))
				.enabled(enabled.get(user))
				.userCreateDate(java.time.Instant.EPOCH)
				.build();
		});
		when(cognito.adminListGroupsForUser(any(Consumer.class))).thenAnswer(call -> {
			Role role = roles.get(request(call, AdminListGroupsForUserRequest.builder()).username());
			return AdminListGroupsForUserResponse.builder()
				.groups(role == null ? List.of() : List.of(GroupType.builder().groupName(role.group()).build()))
				.build();
		});
		when(cognito.adminRemoveUserFromGroup(any(Consumer.class))).thenAnswer(call -> {
			var removal = request(call, AdminRemoveUserFromGroupRequest.builder());
			roles.computeIfPresent(removal.username(),
					(user, role) -> role.group().equals(removal.groupName()) ? null : role);
			return null;
		});
		when(cognito.adminAddUserToGroup(any(Consumer.class))).thenAnswer(call -> {
			var addition = request(call, AdminAddUserToGroupRequest.builder());
			roles.put(addition.username(), Role.fromGroup(addition.groupName()));
			return null;
		});
		when(cognito.adminDisableUser(any(Consumer.class))).thenAnswer(call -> {
			enabled.put(request(call, AdminDisableUserRequest.builder()).username(), false);
			return null;
		});
		when(cognito.adminEnableUser(any(Consumer.class))).thenAnswer(call -> {
			enabled.put(request(call, AdminEnableUserRequest.builder()).username(), true);
			return null;
		});
		when(cognito.listUsersInGroupPaginator(any(Consumer.class))).thenAnswer(
				call -> new ListUsersInGroupIterable(cognito, request(call, ListUsersInGroupRequest.builder())));
		when(cognito.listUsersInGroup(any(ListUsersInGroupRequest.class))).thenAnswer(call -> {
			String group = call.<ListUsersInGroupRequest>getArgument(0).groupName();
			List<UserType> members = roles.entrySet()
				.stream()
				.filter(entry -> entry.getValue().group().equals(group))
				.map(entry -> UserType.builder()
					.username(entry.getKey())
					.enabled(enabled.get(entry.getKey()))
					.attributes(attribute("email", entry.getKey() + "@example.test"))
					.build())
				.toList();
			return ListUsersInGroupResponse.builder().users(members).build();
		});
	}

	@Test
	void refusesToDemoteOrDisableTheLastEnabledAdmin() {
		String only = admin();

		for (UserChange leave : List.of(new UserChange(Role.USER, null), new UserChange(null, true))) {
			assertThatThrownBy(() -> pool.update(only, leave)).isInstanceOf(Conflict.class);
		}
		assertThat(roles).containsEntry(only, Role.ADMIN);
		assertThat(enabled).containsEntry(only, true);
	}

	@Test
	void letsExactlyOneOfTwoAdminsDemotingEachOtherAtOnceSucceed() throws Exception {
		String one = admin();
		String other = admin();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				UserChange leave = round % 2 == 0 ? new UserChange(Role.USER, null) : new UserChange(null, true);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Boolean>> outcomes = new ArrayList<>();
				for (String target : List.of(one, other)) {
					Callable<Boolean> change = () -> {
						start.await();
						try {
							pool.update(target, leave);
							return true;
						}
						catch (Conflict refused) {
							return false;
						}
					};
					outcomes.add(threads.submit(change));
				}
				start.countDown();
				int succeeded = 0;
				for (Future<Boolean> outcome : outcomes) {
					succeeded += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
				}

				assertThat(succeeded).as("round %d", round).isEqualTo(1);
				assertThat(pool.emailsOf(Role.ADMIN)).as("round %d", round).hasSize(1);
				for (String admin : List.of(one, other)) {
					pool.update(admin, new UserChange(Role.ADMIN, false));
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private String admin() {
		String user = UUID.randomUUID().toString();
		roles.put(user, Role.ADMIN);
		enabled.put(user, true);
		return user;
	}

	private static <B extends SdkBuilder<B, R>, R> R request(InvocationOnMock call, B builder) {
		call.<Consumer<B>>getArgument(0).accept(builder);
		return builder.build();
	}

	private static AttributeType attribute(String name, String value) {
		return AttributeType.builder().name(name).value(value).build();
	}

}
