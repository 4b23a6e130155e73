package dev.stratus.platform.web;

import dev.stratus.platform.Secrets;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The platform's page tokens with a fixed key, for adapters built by hand in plain unit tests. */
public final class FixedPageTokens {

	private FixedPageTokens() {
	}

	public static PageTokens create() {
		Secrets secrets = mock(Secrets.class);
		when(secrets.get("page-token")).thenReturn(new byte[32]);
		return new PageTokens(secrets);
	}

}
