package dev.stratus.workspace.web;

import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import dev.stratus.platform.web.Clearable;
import dev.stratus.workspace.ProjectChanges;
import dev.stratus.workspace.ProjectDraft;
import dev.stratus.workspace.Stack;
import dev.stratus.workspace.Visibility;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/** The bodies of the {@code /api/projects} requests, with the project rules of the contract. */
final class ProjectRequests {

	/** {@link Stack}'s wire names; {@code ProjectControllerTests} checks that they agree. */
	static final String STACKS = "spring-boot|node-express|react-vite";

	static final String STACK_MESSAGE = "must be one of spring-boot, node-express, react-vite";

	static final String VISIBILITIES = "private|team";

	static final String VISIBILITY_MESSAGE = "must be one of private, team";

	private ProjectRequests() {
	}

	/** {@code POST /api/projects}. Texts are stripped before their lengths are checked. */
	record NewProject(@NotNull @Size(min = 3, max = 100) String name, @Nullable @Size(max = 2000) String description,
			@NotNull @Pattern(regexp = STACKS, message = STACK_MESSAGE) String stack,
			@NotNull @Pattern(regexp = VISIBILITIES, message = VISIBILITY_MESSAGE) String visibility) {

		NewProject {
			name = strip(name);
			description = strip(description);
		}

		/** Only once validated. */
		ProjectDraft draft() {
			return new ProjectDraft(name, description == null || description.isEmpty() ? null : description,
					Stack.fromWire(stack).orElseThrow(), Visibility.fromWire(visibility).orElseThrow());
		}

	}

	/**
	 * {@code PUT /api/projects/{id}}: only the fields sent are checked and changed; {@code "description":
	 * null} removes the description, and a body that changes nothing is refused.
	 */
	record ProjectUpdate(@Nullable @Size(min = 3, max = 100) String name,
			@JsonDeserialize(using = Clearable.class) @Nullable Optional<@Size(max = 2000) String> description,
			@Nullable @Pattern(regexp = STACKS, message = STACK_MESSAGE) String stack,
			@Nullable @Pattern(regexp = VISIBILITIES, message = VISIBILITY_MESSAGE) String visibility) {

		ProjectUpdate {
			name = strip(name);
			description = description == null ? null : description.map(String::strip);
		}

		/** Reported as the field {@code body}: a problem of the body as a whole. */
		@JsonIgnore
		@AssertTrue(message = "must contain at least one of name, description, stack, visibility")
		boolean isBody() {
			return description != null || Stream.of(name, stack, visibility).anyMatch(field -> field != null);
		}

		ProjectChanges changes() {
			String text = description == null ? null : description.filter(given -> !given.isEmpty()).orElse(null);
			return new ProjectChanges(name, text, description != null && text == null,
					stack == null ? null : Stack.fromWire(stack).orElseThrow(),
					visibility == null ? null : Visibility.fromWire(visibility).orElseThrow());
		}

	}

	private static @Nullable String strip(@Nullable String text) {
		return text == null ? null : text.strip();
	}

}
