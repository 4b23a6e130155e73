package dev.stratus.platform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import dev.stratus.MotoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * AWS mode's secrets against moto's Secrets Manager: made once on first use, the same for every instance (also for
 * instances that start together), and {@code STRATUS_SECRET_<NAME>} still wins.
 */
class SecretsManagerSourceTests {

	private static final StratusProperties AWS = new StratusProperties(StratusProperties.Mode.AWS, Path.of("unused"),
			"", false, null, List.of(), null, null, StratusProperties.Runtime.SERVER);

	/** Each test's secrets under a prefix of its own, as moto is shared by the JVM's tests. */
	private final String prefix = "stratus-" + UUID.randomUUID() + "/";

	private SecretsManagerClient secretsManager;

	@BeforeEach
	void connect() {
		secretsManager = MotoServer.shared().client(SecretsManagerClient.builder());
	}

	@AfterEach
	void close() {
		if (secretsManager != null) {
			secretsManager.close();
		}
	}

	@Test
	void createsAMissingSecretOnFirstUseWithARandomBase64Value() {
		byte[] secret = instance().get("page-token");

		String stored = secretsManager.getSecretValue(b -> b.secretId(prefix + "page-token")).secretString();
		assertThat(secret).hasSize(32).isEqualTo(Base64.getDecoder().decode(stored));
		assertThat(instance().get("api-key")).as("another name, another secret").isNotEqualTo(secret);
	}

	@Test
	void givesEveryInstanceTheValueTheFirstOneMade() {
		byte[] first = instance().get("page-token");

		assertThat(instance().get("page-token")).isEqualTo(first);
	}

	@Test
	void readsAnExistingSecret() {
		byte[] made = new byte[32];
		made[0] = 7;
		secretsManager.createSecret(
				b -> b.name(prefix + "identity-codes").secretString(Base64.getEncoder().encodeToString(made)));

		assertThat(instance().get("identity-codes")).isEqualTo(made);
	}

	@Test
	void readsTheWinnersValueWhenAnotherInstanceCreatesItFirst() {
		Secrets other = instance();
		AtomicInteger creates = new AtomicInteger();
		// The other instance creates the secret between this one's read (not found) and its create.
		SecretsManagerClient losing = intercepting(secretsManager, method -> {
			if (method.equals("createSecret") && creates.getAndIncrement() == 0) {
				other.get("page-token");
			}
		});

		byte[] secret = new Secrets(AWS, name -> null, new SecretsManagerSource(losing, prefix)).get("page-token");

		assertThat(creates).hasValue(1);
		assertThat(secret).isEqualTo(other.get("page-token"));
	}

	@Test
	void agreesOnOneValueWhenInstancesStartTogether() throws Exception {
		int instances = 6;
		ExecutorService starting = Executors.newFixedThreadPool(instances);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<byte[]>> secrets = new ArrayList<>();
			for (int i = 0; i < instances; i++) {
				Secrets instance = instance();
				secrets.add(starting.submit(() -> {
					go.await();
					return instance.get("page-token");
				}));
			}
			go.countDown();

			byte[] first = secrets.get(0).get(30, TimeUnit.SECONDS);
			for (Future<byte[]> secret : secrets) {
				assertThat(secret.get(30, TimeUnit.SECONDS)).isEqualTo(first);
			}
		}
		finally {
			starting.shutdownNow();
		}
	}

	@Test
	void asksSecretsManagerOncePerNameAndProcess() {
		AtomicInteger calls = new AtomicInteger();
		SecretsManagerClient counted = intercepting(secretsManager, method -> calls.incrementAndGet());
		Secrets secrets = new Secrets(AWS, name -> null, new SecretsManagerSource(counted, prefix));

		byte[] first = secrets.get("page-token");
		int afterFirst = calls.get();

		assertThat(secrets.get("page-token")).isEqualTo(first);
		assertThat(calls).hasValue(afterFirst);
	}

	@Test
	void letsTheEnvironmentVariableWinWithoutTouchingSecretsManager() {
		byte[] configured = new byte[32];
		configured[31] = 42;
		UnaryOperator<String> environment = name -> name.equals("STRATUS_SECRET_PAGE_TOKEN")
				? Base64.getEncoder().encodeToString(configured) : null;

		byte[] secret = new Secrets(AWS, environment, new SecretsManagerSource(secretsManager, prefix))
			.get("page-token");

		assertThat(secret).isEqualTo(configured);
		assertThatExceptionOfType(ResourceNotFoundException.class)
			.isThrownBy(() -> secretsManager.describeSecret(b -> b.secretId(prefix + "page-token")));
	}

	/** One app instance: its own cache, the shared Secrets Manager, no secrets in its environment. */
	private Secrets instance() {
		return new Secrets(AWS, name -> null, new SecretsManagerSource(secretsManager, prefix));
	}

	/** {@code client}, telling {@code before} each method's name before the call goes through. */
	private static SecretsManagerClient intercepting(SecretsManagerClient client,
			Consumer<String> before) {
		return (SecretsManagerClient) Proxy.newProxyInstance(SecretsManagerClient.class.getClassLoader(),
				new Class<?>[] { SecretsManagerClient.class }, (proxy, method, args) -> {
					before.accept(method.getName());
					try {
						return method.invoke(client, args);
					}
					catch (InvocationTargetException ex) {
						throw ex.getCause();
					}
				});
	}

}
