package dev.stratus.workspace;

import java.util.regex.Pattern;

import dev.stratus.platform.errors.Forbidden;
import dev.stratus.platform.errors.NotFound;
import dev.stratus.workspace.internal.ProjectTable;
import org.springframework.stereotype.Service;

/**
 * Who may do what in a project: every part of the workspace asks here before it reads or writes a
 * project's data. A caller outside the team gets the same {@link NotFound} as for a project that does
 * not exist or is being deleted, so project ids do not leak; a member whose role is too low gets
 * {@link Forbidden}. One consistent read of two items per call.
 * <p>
 * A check is not a lock: a write that must not outlive the project (or the caller's role) also puts
 * a condition on it in its own transaction, and work that runs later (a queued generation) checks
 * again that its own item still exists before it writes, because deleting a project removes its
 * items first and its {@code META} item last.
 */
@Service
public class ProjectAccess {

	/** Project ids are lower-case UUIDs; anything else names no project, and is not worth a read. */
	private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private final ProjectTable projects;

	ProjectAccess(ProjectTable projects) {
		this.projects = projects;
	}

	/**
	 * @return the caller's role in the project, at least {@code atLeast}
	 * @throws NotFound when there is no such active project or the caller is not in its team
	 * @throws Forbidden when the caller's role is below {@code atLeast}
	 */
	public ProjectRole require(String projectId, String userId, ProjectRole atLeast) {
		return project(projectId, userId, atLeast).role();
	}

	/**
	 * The project as the caller sees it, after the checks of {@link #require}.
	 * @throws NotFound
	 * @throws Forbidden
	 */
	public Project project(String projectId, String userId, ProjectRole atLeast) {
		if (!ID.matcher(projectId).matches()) {
			throw new NotFound("Project");
		}
		Project project = projects.view(projectId, userId).orElseThrow(() -> new NotFound("Project"));
		if (!project.role().atLeast(atLeast)) {
			throw new Forbidden("This needs the " + atLeast.wire() + " role in the project; yours is "
					+ project.role().wire());
		}
		return project;
	}

}
