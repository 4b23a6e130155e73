package dev.stratus.workspace.internal.assistant;

import java.util.List;

import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.Project;
import dev.stratus.workspace.SchemaVersion;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AssistantModel} answers from: the project's own data as the asker may see it.
 *
 * @param project as the asker sees it (their role included)
 * @param schema the current version; null before the first save
 * @param activity the project's latest entries, newest first
 * @param failedDeployment the newest failed deployment among the latest ones; null for none
 * @param generations the latest generations, newest first
 * @param generationRequest how the generation the question asked for went; null when it asked for none
 */
public record Grounding(Project project, @Nullable SchemaVersion schema, List<Activity> activity,
		@Nullable FailedDeployment failedDeployment, List<Generation> generations,
		@Nullable GenerationRequest generationRequest) {

	public Grounding {
		activity = List.copyOf(activity);
		generations = List.copyOf(generations);
	}

	/** A failed deployment and the last lines of its output, oldest first. */
	public record FailedDeployment(Deployment deployment, List<DeploymentLog.Line> lastLines) {

		public FailedDeployment {
			lastLines = List.copyOf(lastLines);
		}

	}

	/**
	 * A code generation the question asked for: either {@code started} or, with the reason the API would give,
	 * {@code refusal}.
	 */
	public record GenerationRequest(@Nullable Generation started, @Nullable String refusal) {

		public static GenerationRequest started(Generation generation) {
			return new GenerationRequest(generation, null);
		}

		public static GenerationRequest refused(String reason) {
			return new GenerationRequest(null, reason);
		}

	}

}
