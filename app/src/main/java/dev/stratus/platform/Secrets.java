package dev.stratus.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Named random secrets (256 bits), made on first use and kept for the process. {@code STRATUS_SECRET_<NAME>}
 * (base64) wins; otherwise AWS mode shares one per name through Secrets Manager ({@link SecretsManagerSource}),
 * local mode keeps them under {@code <data>/secrets/} so they survive restarts, and in-memory runs make new ones.
 */
@Component
public class Secrets {

	private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_DIRECTORY = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rwx------"));

	private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY_FILE = PosixFilePermissions
		.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

	private final StratusProperties settings;

	private final UnaryOperator<String> environment;

	@Nullable
	private final SecretsManagerSource shared;

	private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

	@Autowired
	Secrets(StratusProperties settings, ObjectProvider<SecretsManagerSource> shared) {
		this(settings, System::getenv, shared.getIfAvailable());
	}

	/**
	 * @param environment the process's environment variables by name
	 * @param shared where AWS mode keeps the secrets; null in local mode
	 */
	Secrets(StratusProperties settings, UnaryOperator<String> environment, @Nullable SecretsManagerSource shared) {
		this.settings = settings;
		this.environment = environment;
		this.shared = shared;
	}

	public byte[] get(String name) {
		return cache.computeIfAbsent(name, this::load);
	}

	/**
	 * Writes a file only its owner can read, in directories only its owner can enter. The file is
	 * born 0600 (a temporary file created with those permissions, then linked into place), so there
	 * is no moment in which it is readable by others, and a file already there is never replaced.
	 * @return false when {@code file} already existed (it is left as it was)
	 */
	public static boolean writeOwnerOnly(Path file, String content) throws IOException {
		Path dir = file.toAbsolutePath().getParent();
		Files.createDirectories(dir, OWNER_ONLY_DIRECTORY);
		Path temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp", OWNER_ONLY_FILE);
		try {
			Files.writeString(temp, content, StandardCharsets.UTF_8, StandardOpenOption.WRITE);
			// A hard link, unlike a rename, fails instead of replacing a file another process made first.
			Files.createLink(file, temp);
			return true;
		}
		catch (FileAlreadyExistsException madeMeanwhile) {
			return false;
		}
		finally {
			Files.deleteIfExists(temp);
		}
	}

	private byte[] load(String name) {
		String configured = environment.apply("STRATUS_SECRET_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
		if (configured != null && !configured.isBlank()) {
			return Base64.getDecoder().decode(configured.trim());
		}
		if (!settings.isLocal()) {
			if (shared == null) {
				throw new IllegalStateException("AWS mode keeps its secrets in Secrets Manager, but has no client");
			}
			return shared.get(name, random());
		}
		if (settings.inMemory()) {
			return random();
		}
		Path file = settings.dataDir().resolve("secrets").resolve(name);
		try {
			if (!Files.exists(file)) {
				// The data directory too: it holds the tables, the files and the first admin's password.
				Files.createDirectories(settings.dataDir().toAbsolutePath(), OWNER_ONLY_DIRECTORY);
				writeOwnerOnly(file, Base64.getEncoder().encodeToString(random()));
			}
			return Base64.getDecoder().decode(Files.readString(file).trim());
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
