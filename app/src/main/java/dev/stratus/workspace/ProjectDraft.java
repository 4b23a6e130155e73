package dev.stratus.workspace;

import org.jspecify.annotations.Nullable;

/** What a new project is made of. */
public record ProjectDraft(String name, @Nullable String description, Stack stack, Visibility visibility) {
}
