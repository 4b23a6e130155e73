package dev.stratus.bench;

import dev.stratus.localcloud.FreePort;

/**
 * Free loopback ports chosen up front, because a restarted process must come back on the same
 * ports for its clients to find it again; chosen where they stay free until it binds them ({@link FreePort}).
 */
final class Ports {

	private Ports() {
	}

	static int free() {
		return FreePort.resolve(0, "a benched process");
	}

}
