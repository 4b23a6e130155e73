package dev.stratus.workspace.internal.assistant;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.Project;
import dev.stratus.workspace.ProjectRole;
import dev.stratus.workspace.SchemaVersion;
import dev.stratus.workspace.Stack;
import dev.stratus.workspace.Visibility;
import dev.stratus.workspace.internal.assistant.Grounding.FailedDeployment;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import dev.stratus.workspace.internal.schema.Schema;
import org.jspecify.annotations.Nullable;

import static dev.stratus.workspace.internal.schema.SampleSchemas.entity;
import static dev.stratus.workspace.internal.schema.SampleSchemas.field;
import static dev.stratus.workspace.internal.schema.SampleSchemas.relation;

/** Groundings of a fixture project for the assistant's unit tests. */
final class Fixtures {

	static final Instant AT = Instant.parse("2026-11-30T09:15:00Z");

	static final String PROJECT_ID = "0b5e5c1e-8d1b-4c7e-9a55-3f1f0c2d4e6a";

	/** Customers with their orders: a key on each entity, one relation, nothing to point out. */
	static final Schema CLEAN = new Schema(List.of(
			entity("Customer", List.of(field("email", "string", true, true), field("name", "string", false, false)),
					relation("orders", "Order", "one-to-many")),
			entity("Order", List.of(field("number", "integer", true, true), field("total", "decimal", false, false)))));

	private Fixtures() {
	}

	static Project project(ProjectRole role) {
		return new Project(PROJECT_ID, "Corner Shop", null, Stack.SPRING_BOOT, Visibility.TEAM, role, AT, AT,
				"user-1");
	}

	static Grounding grounding(@Nullable Schema schema) {
		return new Grounding(project(ProjectRole.OWNER), schema == null ? null : new SchemaVersion(3, schema, AT,
				"user-1"), List.of(), null, List.of(), null);
	}

	static Grounding withActivity(List<Activity> activity) {
		Grounding base = grounding(CLEAN);
		return new Grounding(base.project(), base.schema(), activity, null, List.of(), null);
	}

	static Grounding withFailedDeployment(String reason, List<String> lines) {
		Grounding base = grounding(CLEAN);
		Deployment deployment = new Deployment("d-1", PROJECT_ID, "staging", "g-1", Deployment.Status.FAILED,
				(URI) null, reason, AT, AT.plusSeconds(40), "user-1");
		List<DeploymentLog.Line> logLines = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			logLines.add(new DeploymentLog.Line(i + 1, AT.plusSeconds(i), lines.get(i)));
		}
		return new Grounding(base.project(), base.schema(), List.of(), new FailedDeployment(deployment, logLines),
				List.of(), null);
	}

	static Grounding withGenerations(List<Generation> generations, @Nullable GenerationRequest request) {
		Grounding base = grounding(CLEAN);
		return new Grounding(base.project(), base.schema(), List.of(), null, generations, request);
	}

	static Generation generation(String id, Generation.Status status, @Nullable String error) {
		return new Generation(id, PROJECT_ID, status, 3, List.of(), null, error, AT, null, "user-1");
	}

}
