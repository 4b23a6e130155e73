package dev.stratus.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for private keys kept in the table, with a key from the secrets store: a copy of the
 * table alone does not give anyone the signing key. The item's sort key is bound in as associated
 * data, so a sealed key cannot be passed off as another item's.
 */
final class SealedKeys {

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private final SecureRandom random = new SecureRandom();

	private final SecretKeySpec key;

	SealedKeys(byte[] secret) {
		this.key = new SecretKeySpec(secret, "AES");
	}

	/** @return base64 of the IV followed by the ciphertext and its tag */
	String seal(String plain, String boundTo) {
		byte[] iv = new byte[IV_BYTES];
		random.nextBytes(iv);
		try {
			Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, boundTo);
			byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder()
					.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is unavailable", ex);
		}
	}

	/** @throws GeneralSecurityException when it was sealed with another key or for another item */
	String open(String sealed, String boundTo) throws GeneralSecurityException {
		byte[] bytes = Base64.getDecoder().decode(sealed);
		Cipher cipher = cipher(Cipher.DECRYPT_MODE, java.util.Arrays.copyOf(bytes, IV_BYTES), boundTo);
		return new String(cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES), StandardCharsets.UTF_8);
	}

	private Cipher cipher(int mode, byte[] iv, String boundTo) throws GeneralSecurityException {
		Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
		cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
		cipher.updateAAD(boundTo.getBytes(StandardCharsets.UTF_8));
		return cipher;
	}

}
