package dev.stratus.bench;

/** One correctness or fault expectation and the figures that decided it. */
record Check(String name, boolean passed, String figures) {

	static Check of(String name, boolean passed, String figures) {
		Check check = new Check(name, passed, figures);
		System.out.println((passed ? "PASS " : "FAIL ") + name + " — " + figures);
		return check;
	}

}
