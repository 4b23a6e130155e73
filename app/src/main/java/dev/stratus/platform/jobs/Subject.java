package dev.stratus.platform.jobs;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a job's messages name: its work item, by id. A message is just {@code {"<noun>Id": "..."}},
 * the outbox and dead-letter items keep the id under the same attribute, and logs and alerts speak
 * of the noun.
 *
 * @param noun one lower-case word, as in "order"
 * @param id how a message writes its id
 * @param parse reads an id back; empty for text that names no work item
 */
public record Subject<M>(String noun, Function<M, String> id, Function<String, Optional<M>> parse) {

	public Subject {
		if (!noun.matches("[a-z]+")) {
			throw new IllegalArgumentException("A job's subject is one lower-case word: " + noun);
		}
	}

	/** The attribute holding the id in messages and items, as in {@code orderId}. */
	public String attribute() {
		return noun + "Id";
	}

	/** "Order", for the start of a sentence. */
	public String capitalized() {
		return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
	}

	/** "an order", "a deployment". */
	String withArticle() {
		return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
	}

}
