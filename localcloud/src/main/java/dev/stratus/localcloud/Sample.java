package dev.stratus.localcloud;

import java.time.Instant;

/**
 * What CloudWatch keeps of a metric at one timestamp: a statistic set, from which every statistic
 * of any period is computed (sums and counts add, extremes compare).
 */
record Sample(Instant at, double count, double sum, double minimum, double maximum) {

	static Sample of(Instant at, double value) {
		return new Sample(at, 1, value, value, value);
	}

	Sample plus(Sample other) {
		return new Sample(at, count + other.count, sum + other.sum, Math.min(minimum, other.minimum),
				Math.max(maximum, other.maximum));
	}

	/** @throws AwsError {@code InvalidParameterValue} for a statistic the simulation does not compute */
	double statistic(String stat) {
		return switch (stat) {
			case "Average" -> sum / count;
			case "Sum" -> sum;
			case "Minimum" -> minimum;
			case "Maximum" -> maximum;
			case "SampleCount" -> count;
			default -> throw AwsError.invalidParameter("The value " + stat + " for parameter Stat is invalid: the "
					+ "local cloud computes Average, Sum, Minimum, Maximum and SampleCount.");
		};
	}

}
