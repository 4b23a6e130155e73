package dev.stratus.workspace.internal.assistant;

import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.Project;
import dev.stratus.workspace.ProjectSchemas;
import dev.stratus.workspace.internal.ActivityLog;
import dev.stratus.workspace.internal.DeploymentTable;
import dev.stratus.workspace.internal.GenerationTable;
import dev.stratus.workspace.internal.assistant.Grounding.FailedDeployment;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a project's {@link Grounding}: a handful of Queries of its partition, bounded so that a long-lived
 * project costs no more than a new one. The caller has checked the asker's access.
 */
@Component
public class Groundings {

	/** How many activity entries an answer sees. */
	static final int ACTIVITY = 10;

	/** How many of the latest deployments are looked through for a failed one. */
	static final int DEPLOYMENTS = 50;

	/** How many output lines of a failed deployment an answer sees. */
	static final int LOG_LINES = 20;

	static final int GENERATIONS = 5;

	private final ProjectSchemas schemas;

	private final ActivityLog activities;

	private final DeploymentTable deployments;

	private final GenerationTable generations;

	Groundings(ProjectSchemas schemas, ActivityLog activities, DeploymentTable deployments,
			GenerationTable generations) {
		this.schemas = schemas;
		this.activities = activities;
		this.deployments = deployments;
		this.generations = generations;
	}

	/** The grounding of a question about {@code project}, with how the generation it asked for went, if any. */
	public Grounding read(Project project, @Nullable GenerationRequest generationRequest) {
		String projectId = project.id();
		FailedDeployment failed = deployments.list(projectId, null, DEPLOYMENTS, null)
			.items()
			.stream()
			.filter(deployment -> deployment.status() == Deployment.Status.FAILED)
			.findFirst()
			.map(deployment -> new FailedDeployment(deployment,
					deployments.lastLines(projectId, deployment.id(), LOG_LINES)))
			.orElse(null);
		return new Grounding(project, schemas.current(projectId).orElse(null),
				activities.latestInProject(projectId, ACTIVITY), failed,
				generations.list(projectId, GENERATIONS, null).items(), generationRequest);
	}

}
