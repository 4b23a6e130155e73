package dev.stratus.platform.health;

/** A service Stratus cannot work without; {@link #probe()} throws when it is not answering. */
public interface BackingService {

	String name();

	void probe() throws Exception;

	/** A check named as {@code GET /api/health} reports it, probed by the cheapest real call. */
	static BackingService of(String name, Probe probe) {
		return new BackingService() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public void probe() throws Exception {
				probe.run();
			}

		};
	}

	@FunctionalInterface
	interface Probe {

		void run() throws Exception;

	}

}
