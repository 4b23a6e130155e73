package dev.stratus.platform.dynamo;

import dev.stratus.platform.errors.Conflict;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay rule of a used key; claims against the real table are the orders' and customers' API tests. */
class IdempotencyClaimsTests {

	private final IdempotencyClaims.Claim claim = new IdempotencyClaims.Claim("USER#u1", "key-1", "fingerprint-a");

	@Test
	void replaysTheFirstResultForTheSameRequest() {
		var used = new IdempotencyClaims.Used("order-1", "fingerprint-a");

		assertThat(used.replaying(claim, "order").resultId()).isEqualTo("order-1");
	}

	@Test
	void refusesTheKeyForAnotherRequest() {
		var used = new IdempotencyClaims.Used("order-1", "fingerprint-b");

		assertThatThrownBy(() -> used.replaying(claim, "order")).isInstanceOf(Conflict.class)
			.hasMessageContaining("different order");
	}

}
