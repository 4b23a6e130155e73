package dev.stratus.platform.cloud;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.stratus.localcloud.Endpoints;
import dev.stratus.localcloud.LocalCloud;
import dev.stratus.localcloud.LocalCloudConfig;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;

/**
 * The local cloud this app talks to in local mode: one it starts itself (and stops with the app),
 * or one already running that {@code STRATUS_LOCALCLOUD} names. Its own one starts on a thread of
 * its own while Spring builds the rest of the app (see {@link LocalCloudHeadStart}); whoever first
 * needs the endpoints waits for it.
 */
public final class LocalCloudConnection implements DisposableBean {

	private final @Nullable CompletableFuture<LocalCloud> owned;

	private final @Nullable Endpoints shared;

	private LocalCloudConnection(@Nullable CompletableFuture<LocalCloud> owned, @Nullable Endpoints shared) {
		this.owned = owned;
		this.shared = shared;
	}

	static LocalCloudConnection starting(LocalCloudConfig config) {
		return new LocalCloudConnection(LocalCloud.startInBackground(config), null);
	}

	static LocalCloudConnection sharing(Endpoints endpoints) {
		return new LocalCloudConnection(null, endpoints);
	}

	/** @throws dev.stratus.localcloud.LocalCloudException when the local cloud could not start */
	public Endpoints endpoints() {
		if (owned == null) {
			return shared;
		}
		try {
			return owned.join().endpoints();
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/** Stops the local cloud this app started, waiting for it if it is still starting. */
	@Override
	public void destroy() {
		LocalCloud cloud = owned == null ? null : owned.handle((started, failed) -> started).join();
		if (cloud != null) {
			cloud.close();
		}
	}

}
