package dev.stratus.platform;

/**
 * State an instance keeps in memory and writes on its own schedule (API keys' usage counts, once a second). A
 * Lambda instance may be frozen after any invocation and never thawed again, and no schedule runs while it is
 * frozen, so there each one is written before an invocation answers.
 */
public interface WriteBehind {

	/** Writes what is held now; what cannot be written stays held for the next time, and says so in the log. */
	void writeNow();

}
