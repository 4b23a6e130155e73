package dev.stratus.localcloud;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * One {@code Filter.N} of DescribeInstances or DescribeInstanceStatus: an instance passes when one of
 * the values matches (EC2's wildcards {@code *} and {@code ?} included); filters combine with AND.
 */
record Ec2Filter(String name, List<Pattern> values, BiFunction<SimulatedInstance, Instant, List<String>> field) {

	/** @throws AwsError {@code InvalidParameterValue} for a filter name the simulation does not know */
	static Ec2Filter of(String name, List<String> values) {
		List<Pattern> patterns = values.stream().map(Ec2Filter::glob).toList();
		return new Ec2Filter(name, patterns, field(name));
	}

	boolean matches(SimulatedInstance instance, Instant now) {
		return field.apply(instance, now)
			.stream()
			.anyMatch(actual -> values.stream().anyMatch(p -> p.matcher(actual).matches()));
	}

	private static BiFunction<SimulatedInstance, Instant, List<String>> field(String name) {
		if (name.startsWith("tag:")) {
			String key = name.substring(4);
			return (i, now) -> one(i.tags().get(key));
		}
		return switch (name) {
			case "instance-state-name" -> (i, now) -> List.of(i.stateAt(now).wireName());
			case "instance-state-code" -> (i, now) -> List.of(Integer.toString(i.stateAt(now).code()));
			case "instance-type" -> (i, now) -> List.of(i.type());
			case "instance-id" -> (i, now) -> List.of(i.id());
			case "availability-zone" -> (i, now) -> List.of(i.zone());
			case "tag-key" -> (i, now) -> List.copyOf(i.tags().keySet());
			case "tag-value" -> (i, now) -> List.copyOf(i.tags().values());
			case "platform" -> (i, now) -> one(i.windows() ? "windows" : null);
			case "architecture" -> (i, now) -> List.of(i.architecture());
			case "private-ip-address" -> (i, now) -> List.of(i.privateIp());
			case "reservation-id" -> (i, now) -> List.of(i.reservationId());
			case "image-id" -> (i, now) -> List.of(i.imageId());
			case "instance-status.status", "system-status.status" -> (i, now) -> List.of(i.checksAt(now).wireName());
			default -> throw AwsError.invalidParameter("The filter '" + name + "' is invalid");
		};
	}

	private static List<String> one(@Nullable String value) {
		return value == null ? List.of() : List.of(value);
	}

	private static Pattern glob(String value) {
		StringBuilder regex = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
				case '*' -> regex.append(".*");
				case '?' -> regex.append('.');
				default -> regex.append(Pattern.quote(String.valueOf(c)));
			}
		}
		return Pattern.compile(regex.toString(), Pattern.DOTALL);
	}

	@Override
	public String toString() {
		return name.toLowerCase(Locale.ROOT) + "=" + values;
	}

}
