package dev.stratus.localcloud;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of an EC2 query request, from its form body and its query string, with EC2's
 * numbered lists: {@code InstanceId.1}, {@code Filter.1.Name}, {@code Filter.1.Value.2}.
 */
final class Ec2Params {

	private static final Pattern FILTER = Pattern.compile("Filter\\.(\\d+)\\.(Name|Value\\.(\\d+))");

	private final Map<String, String> values;

	private Ec2Params(Map<String, String> values) {
		this.values = values;
	}

	static Ec2Params parse(@Nullable String query, String body) {
		Map<String, String> values = new TreeMap<>();
		for (String source : new String[] { query, body }) {
			if (source == null || source.isEmpty()) {
				continue;
			}
			for (String pair : source.split("&")) {
				int eq = pair.indexOf('=');
				String name = decode(eq < 0 ? pair : pair.substring(0, eq));
				values.put(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
			}
		}
		return new Ec2Params(values);
	}

	private static String decode(String part) {
		return URLDecoder.decode(part, StandardCharsets.UTF_8);
	}

	@Nullable String get(String name) {
		return values.get(name);
	}

	boolean flag(String name) {
		return "true".equalsIgnoreCase(values.get(name));
	}

	/** {@code name.1}, {@code name.2}, ... in their numeric order. */
	List<String> list(String name) {
		Map<Integer, String> numbered = new TreeMap<>();
		Pattern item = Pattern.compile(Pattern.quote(name) + "\\.(\\d+)");
		values.forEach((key, value) -> {
			Matcher matcher = item.matcher(key);
			if (matcher.matches()) {
				numbered.put(Integer.parseInt(matcher.group(1)), value);
			}
		});
		return new ArrayList<>(numbered.values());
	}

	List<Ec2Filter> filters() {
		Map<Integer, String> names = new TreeMap<>();
		Map<Integer, Map<Integer, String>> filterValues = new TreeMap<>();
		values.forEach((key, value) -> {
			Matcher matcher = FILTER.matcher(key);
			if (!matcher.matches()) {
				return;
			}
			int index = Integer.parseInt(matcher.group(1));
			if (matcher.group(3) == null) {
				names.put(index, value);
			}
			else {
				filterValues.computeIfAbsent(index, i -> new TreeMap<>())
					.put(Integer.parseInt(matcher.group(3)), value);
			}
		});
		List<Ec2Filter> filters = new ArrayList<>();
		names.forEach((index, name) -> filters
			.add(Ec2Filter.of(name, List.copyOf(filterValues.getOrDefault(index, Map.of()).values()))));
		return filters;
	}

	/**
	 * {@code MaxResults}, which EC2 takes from 5 to 1000 and not together with instance ids.
	 * @return {@code fallback} when absent
	 */
	int maxResults(int fallback, boolean idsGiven) {
		String value = values.get("MaxResults");
		if (value == null) {
			return fallback;
		}
		if (idsGiven) {
			throw new AwsError("InvalidParameterCombination",
					"The parameter instancesSet cannot be used with the parameter maxResults");
		}
		int max;
		try {
			max = Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			throw AwsError.invalidParameter("Value (" + value + ") for parameter maxResults is invalid.");
		}
		if (max < 5 || max > 1000) {
			throw AwsError.invalidParameter("Value ( " + max + " ) for parameter maxResults is invalid. "
					+ "Expecting a value between 5 and 1000.");
		}
		return max;
	}

	/** The parameters that decide a listing's content, to bind its page tokens to. */
	String query(String action) {
		StringBuilder query = new StringBuilder(action);
		values.forEach((key, value) -> {
			if (key.startsWith("Filter.") || key.startsWith("InstanceId.") || key.equals("IncludeAllInstances")) {
				query.append('&').append(key).append('=').append(value);
			}
		});
		return query.toString();
	}

}
