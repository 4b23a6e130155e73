package dev.stratus.platform.cloud;

import java.util.Optional;

import dev.stratus.localcloud.Endpoints;
import dev.stratus.localcloud.LocalCloud;

/**
 * The local cloud this app talks to in local mode: one it started itself (and stops with the app),
 * or one already running that {@code STRATUS_LOCALCLOUD} names.
 */
public final class LocalCloudConnection implements AutoCloseable {

	private final Endpoints endpoints;

	private final Optional<LocalCloud> owned;

	private LocalCloudConnection(Endpoints endpoints, Optional<LocalCloud> owned) {
		this.endpoints = endpoints;
		this.owned = owned;
	}

	static LocalCloudConnection owning(LocalCloud cloud) {
		return new LocalCloudConnection(cloud.endpoints(), Optional.of(cloud));
	}

	static LocalCloudConnection sharing(Endpoints endpoints) {
		return new LocalCloudConnection(endpoints, Optional.empty());
	}

	public Endpoints endpoints() {
		return endpoints;
	}

	@Override
	public void close() {
		owned.ifPresent(LocalCloud::close);
	}

}
