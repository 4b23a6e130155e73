package dev.stratus.workspace.web;

import java.util.List;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import org.jspecify.annotations.Nullable;

/** The deployment routes' answers, shaped as docs/API.md "Workspace" lists them. */
final class DeploymentResponses {

	private DeploymentResponses() {
	}

	/** A deployment; {@code url} only while it is live (SUCCEEDED), {@code reason} once it failed or ended. */
	record DeploymentResponse(String id, String projectId, String environment, String generationId, String status,
			@Nullable String url, @Nullable String reason, String createdAt, String updatedAt) {

		static DeploymentResponse of(Deployment deployment) {
			return new DeploymentResponse(deployment.id(), deployment.projectId(), deployment.environment(),
					deployment.generationId(), deployment.status().name(),
					deployment.url() == null ? null : deployment.url().toString(), deployment.reason(),
					Timestamps.format(deployment.createdAt()), Timestamps.format(deployment.updatedAt()));
		}

	}

	/** Output lines after the {@code after} asked with, oldest first; {@code nextAfter} reads on. */
	record LogResponse(List<LineResponse> lines, long nextAfter) {

		static LogResponse of(DeploymentLog log) {
			return new LogResponse(log.lines()
				.stream()
				.map(line -> new LineResponse(line.seq(), Timestamps.format(line.timestamp()), line.text()))
				.toList(), log.nextAfter());
		}

	}

	record LineResponse(long seq, String timestamp, String text) {
	}

}
