package dev.stratus.platform.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.stratus.platform.Secrets;
import dev.stratus.platform.errors.InvalidInput;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Opaque {@code nextToken}s: a DynamoDB {@code LastEvaluatedKey}, bound to the query it came from
 * and signed, so a tampered or foreign token is a 400, never a 500 or another query's page.
 */
@Component
public class PageTokens {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final JsonMapper json = JsonMapper.builder().build();

	private final SecretKeySpec key;

	PageTokens(Secrets secrets) {
		this.key = new SecretKeySpec(secrets.get("page-token"), "HmacSHA256");
	}

	/**
	 * @param lastKey the {@code LastEvaluatedKey} (string and number attributes only)
	 * @param scope what the query was (say {@code "products|electronics|lamp"}); a token only reads
	 * back under the same scope
	 */
	public String issue(Map<String, AttributeValue> lastKey, String scope) {
		Map<String, String> plain = new LinkedHashMap<>();
		lastKey.forEach((name, value) -> plain.put(name, value.n() != null ? "N:" + value.n() : "S:" + value.s()));
		String payload = ENCODER.encodeToString(json.writeValueAsBytes(plain));
		return payload + "." + ENCODER.encodeToString(sign(payload, scope));
	}

	/**
	 * @throws InvalidInput on {@code nextToken} when the token was not
	 * issued for this scope or was changed
	 */
	public Map<String, AttributeValue> read(String token, String scope) {
		try {
			int dot = token.indexOf('.');
			if (dot < 1 || !MessageDigest.isEqual(DECODER.decode(token.substring(dot + 1)),
					sign(token.substring(0, dot), scope))) {
				throw invalid();
			}
			Map<String, String> plain = json.readValue(DECODER.decode(token.substring(0, dot)),
					new TypeReference<Map<String, String>>() {
					});
			Map<String, AttributeValue> key = new LinkedHashMap<>();
			plain.forEach((name, value) -> key.put(name, value.startsWith("N:")
					? AttributeValue.fromN(value.substring(2))
					: AttributeValue.fromS(value.substring(2))));
			return key;
		}
		catch (IllegalArgumentException | JacksonException ex) {
			throw invalid();
		}
	}

	private byte[] sign(String payload, String scope) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			mac.update(scope.getBytes(StandardCharsets.UTF_8));
			mac.update((byte) 0);
			return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is unavailable", ex);
		}
	}

	private static InvalidInput invalid() {
		return new InvalidInput("nextToken", "is not a token this list issued; start again without it");
	}

}
