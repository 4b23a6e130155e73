package dev.stratus.identity.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import dev.stratus.IntegrationTest;
import dev.stratus.identity.UserChange;
import dev.stratus.identity.internal.IdentityTable.Items;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool always keeps an active admin, however the changes to its admins race. */
@IntegrationTest
class LastAdminTests {

	@Autowired
	DynamoDbClient dynamo;

	Items table;

	Users users;

	@BeforeEach
	void ownTable() {
		table = FreshTable.create(dynamo);
		users = new Users(table);
	}

	@AfterEach
	void dropTable() {
		FreshTable.drop(table);
	}

	@Test
	void refusesToDemoteOrDisableTheLastActiveAdmin() {
		UserRecord only = admin();

		assertThatThrownBy(() -> users.update(only.id(), new UserChange(Role.USER, null)))
			.isInstanceOf(Users.LastAdminException.class);
		assertThatThrownBy(() -> users.update(only.id(), new UserChange(null, true)))
			.isInstanceOf(Users.LastAdminException.class);
		assertThat(users.byId(only.id()).activeAdmin()).isTrue();
	}

	@Test
	void letsExactlyOneOfTwoAdminsDemotingEachOtherAtOnceSucceed() throws Exception {
		UserRecord one = admin();
		UserRecord other = admin();
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 25; round++) {
				// Every other round one of them is disabled instead of demoted: both leave the admins.
				UserChange leave = round % 2 == 0 ? new UserChange(Role.USER, null) : new UserChange(null, true);
				CountDownLatch start = new CountDownLatch(1);
				List<Future<Boolean>> outcomes = new ArrayList<>();
				for (UserRecord target : List.of(one, other)) {
					Callable<Boolean> change = () -> {
						start.await();
						try {
							users.update(target.id(), leave);
							return true;
						}
						catch (Users.LastAdminException refused) {
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
				assertThat(users.emailsOf(Role.ADMIN)).as("round %d", round).hasSize(1);
				assertThat(users.activeAdmins()).isEqualTo(1);
				for (UserRecord admin : List.of(one, other)) {
					users.update(admin.id(), new UserChange(Role.ADMIN, false));
				}
				assertThat(users.activeAdmins()).isEqualTo(2);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void countsTheAdminsOfDataWrittenBeforeTheCountExisted() {
		UserRecord one = storedByAnOlderVersion();
		UserRecord other = storedByAnOlderVersion();

		users.update(one.id(), new UserChange(Role.MANAGER, null));

		assertThatThrownBy(() -> users.update(other.id(), new UserChange(null, true)))
			.isInstanceOf(Users.LastAdminException.class);
	}

	private UserRecord admin() {
		UserRecord admin = record();
		assertThat(users.create(admin, null)).isTrue();
		return admin;
	}

	/** Written as versions without the admin count wrote users: the item alone. */
	private UserRecord storedByAnOlderVersion() {
		UserRecord admin = record();
		table.dynamo().putItem(b -> b.tableName(table.table()).item(admin.toItem()));
		table.dynamo()
			.putItem(b -> b.tableName(table.table())
				.item(java.util.Map.of("PK", Attributes.s(UserRecord.emailGuard(admin.email())), "SK",
						Attributes.s("EMAIL"), "userId", Attributes.s(admin.id()))));
		return admin;
	}

	private static UserRecord record() {
		String id = UUID.randomUUID().toString();
		return new UserRecord(id, "admin-" + id + "@example.test", "Admin", "not-a-real-hash", Role.ADMIN, true, false,
				Instant.now(), 0);
	}

}
