package dev.stratus.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * An API key as the admin sees it: never the key itself, which only its {@link IssuedApiKey} shows.
 *
 * @param prefix {@code stx_<8 chars>}, the visible start of the key
 * @param createdBy the admin the key acts for
 * @param usageToday requests counted in the current UTC day
 * @param revoked whether it has stopped working by revocation (a rotated key in its grace period is not, yet)
 */
public record ApiKey(String id, String name, String prefix, Set<Scope> scopes, int rateLimitPerMinute,
		long dailyQuota, @Nullable Instant expiresAt, Instant createdAt, String createdBy,
		@Nullable Instant lastUsedAt, long usageToday, boolean revoked) {

	/** What a key may do; writing implies reading. */
	public enum Scope {

		CUSTOMERS_READ("customers:read"), CUSTOMERS_WRITE("customers:write");

		private final String value;

		Scope(String value) {
			this.value = value;
		}

		/** As the API and the authorities spell it: {@code customers:read}. */
		public String value() {
			return value;
		}

		/** This scope and the ones it implies. */
		public Set<Scope> granted() {
			return this == CUSTOMERS_WRITE ? EnumSet.of(CUSTOMERS_WRITE, CUSTOMERS_READ) : EnumSet.of(this);
		}

		/**
		 * @throws IllegalArgumentException for anything but the scopes above
		 */
		public static Scope of(String value) {
			for (Scope scope : values()) {
				if (scope.value.equals(value)) {
					return scope;
				}
			}
			throw new IllegalArgumentException("Unknown scope '" + value + "'");
		}

	}

}
