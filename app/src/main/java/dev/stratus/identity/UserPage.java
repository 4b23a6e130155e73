package dev.stratus.identity;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One page of the user list, newest first. */
public record UserPage(List<UserProfile> users, @Nullable String nextToken) {
}
