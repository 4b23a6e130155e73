package dev.stratus.workspace;

import org.jspecify.annotations.Nullable;

/**
 * A partial update of a project: {@code null} leaves a field as it is.
 *
 * @param clearDescription removes the description ({@code "description": null} in the request)
 */
public record ProjectChanges(@Nullable String name, @Nullable String description, boolean clearDescription,
		@Nullable Stack stack, @Nullable Visibility visibility) {
}
