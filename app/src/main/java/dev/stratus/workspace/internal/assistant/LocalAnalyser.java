package dev.stratus.workspace.internal.assistant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Deployment;
import dev.stratus.workspace.DeploymentLog;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.internal.assistant.Grounding.FailedDeployment;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import dev.stratus.workspace.internal.assistant.Intents.Intent;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The assistant in local mode, where no AI model is available: Stratus's own rule-based analyser, which says
 * so in every answer. It recognises a few kinds of question by their words ({@link Intents}) and answers each
 * from the project's data; anything else it says plainly it cannot answer, and lists what it can.
 */
@Component
@ConditionalOnProperty(name = "stratus.mode", havingValue = "local", matchIfMissing = true)
class LocalAnalyser implements AssistantModel {

	static final String MODEL = "local-analyser";

	static final String LABEL = "I am Stratus's built-in analyser, not an AI model; I answer from this project's "
			+ "data.";

	static final String CAPABILITIES = """
			I can:
			- explain the schema ("explain the schema")
			- point out problems in it: entities without a natural key, missing relations, names the generator \
			will reject, lookups without an index ("any problems in the schema?")
			- summarise the project's recent activity ("what happened lately?")
			- say why the last deployment failed, with its last log lines ("why did the deployment fail?")
			- list the latest code generations, and start one ("generate code"; editors and owners)""";

	@Override
	public Reply answer(Grounding context, List<Turn> history, String question) {
		Set<Intent> intents = Intents.of(question);
		List<String> sections = new ArrayList<>();
		sections.add(LABEL);
		if (intents.isEmpty()) {
			sections.add("I cannot answer that: I only recognise questions about this project's schema, activity, "
					+ "deployments and code generations, and I do not guess.");
			sections.add(CAPABILITIES);
		}
		for (Intent intent : intents) {
			sections.add(switch (intent) {
				case GENERATE -> requested(context.generationRequest());
				case GENERATIONS -> generations(context.generations());
				case DEPLOYMENT -> failedDeployment(context.failedDeployment());
				case PROBLEMS -> problems(context);
				case SCHEMA -> context.schema() == null ? noSchema() : SchemaWords.explain(context.schema());
				case ACTIVITY -> activity(context.activity());
				case HELP -> CAPABILITIES;
			});
		}
		return new Reply(String.join("\n\n", sections), MODEL);
	}

	private static String requested(@Nullable GenerationRequest request) {
		if (request == null) {
			return "I did not start a code generation.";
		}
		Generation started = request.started();
		if (started == null) {
			return "I did not start a code generation: " + request.refusal();
		}
		return "I requested a code generation of schema version " + started.schemaVersion() + ": generation "
				+ started.id() + ", status " + started.status() + ". Follow it on the project's Generations page; "
				+ "once it is READY its archive can be downloaded.";
	}

	private static String generations(List<Generation> generations) {
		if (generations.isEmpty()) {
			return "No code has been generated for this project yet. Editors and owners can ask me to "
					+ "\"generate code\".";
		}
		return "The latest code generations, newest first:\n" + generations.stream()
			.map(generation -> "- " + generation.id() + " (schema version " + generation.schemaVersion()
					+ ", requested " + Texts.time(generation.createdAt()) + "): " + generation.status()
					+ (generation.error() == null ? "" : ", " + generation.error()))
			.collect(Collectors.joining("\n"));
	}

	private static String failedDeployment(@Nullable FailedDeployment failed) {
		if (failed == null) {
			return "None of the project's latest " + Groundings.DEPLOYMENTS + " deployments failed.";
		}
		Deployment deployment = failed.deployment();
		String said = "The last failed deployment is " + deployment.id() + " to " + deployment.environment()
				+ ", requested " + Texts.time(deployment.createdAt()) + ". It failed "
				+ (deployment.reason() == null ? "without a recorded reason." : "because: " + deployment.reason());
		List<DeploymentLog.Line> lines = failed.lastLines();
		if (lines.isEmpty()) {
			return said + "\nIt wrote no output.";
		}
		return said + "\nIts last " + Texts.count(lines.size(), "line", "lines") + " of output:\n```\n"
				+ lines.stream().map(DeploymentLog.Line::text).collect(Collectors.joining("\n")) + "\n```";
	}

	private static String problems(Grounding context) {
		if (context.schema() == null) {
			return noSchema();
		}
		List<String> findings = SchemaFindings.of(context.schema().schema(), context.project().stack().wire());
		if (findings.isEmpty()) {
			return "I found no problems in schema version " + context.schema().version() + ": every entity has a "
					+ "natural key, references have relations, every entity is linked, the "
					+ context.project().stack().wire() + " generator accepts every name, and lookup keys are unique.";
		}
		return "In schema version " + context.schema().version() + " I found "
				+ Texts.count(findings.size(), "problem", "problems") + ":\n"
				+ findings.stream().map(finding -> "- " + finding).collect(Collectors.joining("\n"));
	}

	private static String noSchema() {
		return "The project has no schema yet: save one on its Schema page, then ask me again.";
	}

	private static String activity(List<Activity> activity) {
		if (activity.isEmpty()) {
			return "Nothing has happened in this project yet.";
		}
		return "The project's latest activity, newest first:\n" + activity.stream()
			.map(entry -> "- " + Texts.time(entry.createdAt()) + ", " + entry.type() + ": " + entry.summary())
			.collect(Collectors.joining("\n"));
	}

}
