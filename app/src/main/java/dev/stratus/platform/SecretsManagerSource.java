package dev.stratus.platform;

import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceExistsException;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;

/**
 * AWS mode's {@link Secrets}: secret {@code <name>} is the Secrets Manager secret {@code <prefix><name>}
 * ({@code STRATUS_SECRETS_PREFIX}, default {@code stratus/}), a base64 string. The first instance to need one that
 * is missing creates it with a random value; an instance that loses that race ({@code ResourceExistsException})
 * reads the winner's, so every instance (every Lambda sandbox too) signs with the same key. Values are never logged.
 */
class SecretsManagerSource {

	private static final Logger log = LoggerFactory.getLogger(SecretsManagerSource.class);

	private final SecretsManagerClient secretsManager;

	private final String prefix;

	SecretsManagerSource(SecretsManagerClient secretsManager, String prefix) {
		this.secretsManager = secretsManager;
		this.prefix = prefix;
	}

	/** The secret's value, {@code made} (base64-encoded) when it does not exist yet. */
	byte[] get(String name, byte[] made) {
		String id = prefix + name;
		try {
			try {
				return read(id);
			}
			catch (ResourceNotFoundException missing) {
				return create(id, made);
			}
		}
		catch (SdkException ex) {
			throw new IllegalStateException("Cannot read the secret '" + id + "' from Secrets Manager: "
					+ ex.getClass().getSimpleName(), ex);
		}
	}

	private byte[] create(String id, byte[] made) {
		try {
			secretsManager.createSecret(b -> b.name(id)
				.description("Stratus: made by the first instance that needed it; every instance reads it")
				.secretString(Base64.getEncoder().encodeToString(made)));
			log.atInfo().addKeyValue("secret", id).log("Secret created in Secrets Manager");
			return made.clone();
		}
		catch (ResourceExistsException madeMeanwhile) {
			return read(id);
		}
	}

	private byte[] read(String id) {
		return Base64.getDecoder().decode(secretsManager.getSecretValue(b -> b.secretId(id)).secretString().trim());
	}

}
