package dev.stratus.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.stratus.platform.Secrets;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The keys themselves: {@code stx_<8>_<43>} in base62, so {@code _} only ever separates the parts
 * and a key survives a double-click, a URL and a shell unquoted. The 8 characters are the lookup id;
 * the 43 carry 256 random bits. The server keeps only an HMAC-SHA256 of the whole key under the
 * {@code api-key} secret, so a copy of the table alone cannot be used to test guesses.
 */
@Component
class ApiKeySecrets {

	static final String PREFIX = "stx_";

	private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

	private static final int ID_LENGTH = 8;

	private static final int SECRET_LENGTH = 43;

	private static final Pattern SHAPE = Pattern.compile("(stx_[0-9A-Za-z]{8})_[0-9A-Za-z]{32,128}");

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec hmacKey;

	ApiKeySecrets(Secrets secrets) {
		this.hmacKey = new SecretKeySpec(secrets.get("api-key"), "HmacSHA256");
	}

	/** A new key; its prefix may already be taken (one in 2^47), which the store's condition catches. */
	Generated generate() {
		String prefix = PREFIX + base62(ID_LENGTH);
		String key = prefix + "_" + base62(SECRET_LENGTH);
		return new Generated(prefix, key, hash(key));
	}

	/** The {@code stx_<8>} part of something shaped like a key; null for anything else. */
	@Nullable
	String prefixOf(String presented) {
		if (presented.length() > 160) {
			return null;
		}
		Matcher matcher = SHAPE.matcher(presented);
		return matcher.matches() ? matcher.group(1) : null;
	}

	/** In constant time, so the answer's timing tells nothing about how much of a guess was right. */
	boolean matches(String presented, String storedHash) {
		return MessageDigest.isEqual(hash(presented).getBytes(StandardCharsets.US_ASCII),
				storedHash.getBytes(StandardCharsets.US_ASCII));
	}

	private String hash(String key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(hmacKey);
			byte[] digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private String base62(int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(BASE62.charAt(random.nextInt(BASE62.length())));
		}
		return out.toString();
	}

	/** @param key shown once; never logged */
	record Generated(String prefix, String key, String hash) {

		@Override
		public String toString() {
			return "Generated[prefix=" + prefix + "]";
		}

	}

}
