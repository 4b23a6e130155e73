package dev.stratus.workspace.internal.schema;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Lists of a schema as sent: a missing one is empty, and {@code null} elements stay for the rules to name. */
final class Lists {

	private Lists() {
	}

	static <T> List<@Nullable T> orEmpty(@Nullable List<@Nullable T> list) {
		return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
	}

}
