package dev.stratus.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An IP address written out, as in {@code X-Forwarded-For}, a {@code Host} header or a socket's
 * peer. Only literals are parsed: a name is never looked up, so a header cannot make the app ask
 * DNS anything.
 */
public final class IpLiteral {

	private static final Pattern V4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private IpLiteral() {
	}

	/** The address {@code text} spells ({@code 10.0.0.5}, {@code ::1}, {@code [::1]}); empty for anything else. */
	public static Optional<InetAddress> parse(String text) {
		String literal = text.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		if (!V4.matcher(literal).matches() && !V6.matcher(literal).matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(literal));
		}
		catch (UnknownHostException notAnAddress) {
			return Optional.empty();
		}
	}

	/** Whether {@code text} is a loopback address ({@code 127.0.0.0/8}, {@code ::1}). */
	public static boolean isLoopback(String text) {
		return parse(text).map(InetAddress::isLoopbackAddress).orElse(false);
	}

}
