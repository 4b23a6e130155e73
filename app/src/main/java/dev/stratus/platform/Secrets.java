package dev.stratus.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Named random secrets (256 bits), made on first use. {@code STRATUS_SECRET_<NAME>} (base64) wins,
 * which is how several instances or an AWS deployment share one; otherwise local mode keeps them
 * under {@code <data>/secrets/} so they survive restarts, and in-memory runs make new ones.
 */
@Component
public class Secrets {

	private final StratusProperties settings;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	Secrets(StratusProperties settings) {
		this.settings = settings;
	}

	public byte[] get(String name) {
		return cache.computeIfAbsent(name, this::load);
	}

	private byte[] load(String name) {
		String configured = System.getenv("STRATUS_SECRET_" + name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
		if (configured != null && !configured.isBlank()) {
			return Base64.getDecoder().decode(configured.trim());
		}
		if (settings.inMemory() || !settings.isLocal()) {
			return random();
		}
		Path file = settings.dataDir().resolve("secrets").resolve(name);
		try {
			if (Files.exists(file)) {
				return Base64.getDecoder().decode(Files.readString(file).trim());
			}
			Files.createDirectories(file.getParent());
			byte[] secret = random();
			Files.writeString(file, Base64.getEncoder().encodeToString(secret));
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			return secret;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot keep the secret '" + name + "' in " + file.getParent(), ex);
		}
	}

	private static byte[] random() {
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		return secret;
	}

}
