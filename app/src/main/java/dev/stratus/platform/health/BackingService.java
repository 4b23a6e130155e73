package dev.stratus.platform.health;

/** A service Stratus cannot work without; {@link #probe()} throws when it is not answering. */
public interface BackingService {

	String name();

	void probe() throws Exception;

}
