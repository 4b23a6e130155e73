package dev.stratus.platform;

import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, newest first unless the list says otherwise: {@code {"items", "count",
 * "nextToken"?}}. {@code nextToken} is null on the last page; it reads back only for the query
 * that issued it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Page<T>(List<T> items, int count, @Nullable String nextToken) {

	public Page(List<T> items, @Nullable String nextToken) {
		this(items, items.size(), nextToken);
	}

	/** The same page with each item turned into {@code R}, say a domain value into its response. */
	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(items.stream().<R>map(mapper).toList(), nextToken);
	}

}
