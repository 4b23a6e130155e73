package dev.stratus.workspace.web;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Project;
import org.jspecify.annotations.Nullable;

/** The projects API's answers, shaped as docs/API.md "Workspace" lists them. */
final class ProjectResponses {

	private ProjectResponses() {
	}

	/** A project; {@code role} is the caller's. */
	record ProjectResponse(String id, String name, @Nullable String description, String stack, String visibility,
			String role, String createdAt, String updatedAt, String createdBy) {

		static ProjectResponse of(Project project) {
			return new ProjectResponse(project.id(), project.name(), project.description(), project.stack().wire(),
					project.visibility().wire(), project.role().wire(), Timestamps.format(project.createdAt()),
					Timestamps.format(project.updatedAt()), project.createdBy());
		}

	}

	record ProjectDeleted(String deletedId) {
	}

}
