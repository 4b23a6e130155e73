package dev.stratus.localcloud;

/** Reproducible pseudo-random numbers for the simulated fleet: the same inputs always draw the same. */
final class Noise {

	private Noise() {
	}

	/** A well-mixed 64-bit hash of a name and a number (SplitMix64's finaliser). */
	static long hash(String name, long number) {
		long z = name.hashCode() * 0x9E3779B97F4A7C15L + number;
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	/** A number in [0, 1) for a name and a number. */
	static double unit(String name, long number) {
		return (hash(name, number) >>> 11) * 0x1.0p-53;
	}

}
