package dev.stratus.localcloud;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Whether a {@code Host} header names this machine: {@code localhost}, {@code 127.x.x.x} or
 * {@code [::1]}, with or without a port or a trailing dot. A web page that rebinds its own name to
 * 127.0.0.1 still sends that name, so this is what stops DNS rebinding. Only literals are parsed: a
 * header never makes anyone ask DNS. Shared by the local services and the app's local inbox.
 */
public final class LoopbackHost {

	private static final Pattern ADDRESS = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private LoopbackHost() {
	}

	public static boolean is(@Nullable String host) {
		if (host == null || host.isBlank()) {
			return false;
		}
		String name = host.strip();
		int portColon = name.startsWith("[") ? name.indexOf("]:") + 1 : name.indexOf(':');
		if (portColon > 0 && name.indexOf(':', portColon + 1) < 0) {
			name = name.substring(0, portColon);
		}
		if (name.endsWith(".")) {
			name = name.substring(0, name.length() - 1);
		}
		if (name.startsWith("[") && name.endsWith("]")) {
			name = name.substring(1, name.length() - 1);
		}
		return name.equalsIgnoreCase("localhost") || isLoopbackAddress(name);
	}

	private static boolean isLoopbackAddress(String literal) {
		if (!ADDRESS.matcher(literal).matches()) {
			return false;
		}
		try {
			return InetAddress.getByName(literal).isLoopbackAddress();
		}
		catch (UnknownHostException notAnAddress) {
			return false;
		}
	}

}
