package dev.stratus.workspace.internal.assistant;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Generation;
import dev.stratus.workspace.internal.assistant.Grounding.FailedDeployment;
import dev.stratus.workspace.internal.assistant.Grounding.GenerationRequest;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a language model is told before the chat: who it is, what it may and may not do, and the project's
 * grounding as a JSON document, the only facts it is to answer from.
 */
class SystemPrompt {

	static final String INSTRUCTIONS = """
			You are the project assistant of Stratus, a workspace where a team designs a data schema, generates \
			code from it and deploys it. Answer the team member's questions about their project from the project \
			data below and nothing else. When the data does not answer a question, say so plainly; never invent \
			entities, fields, deployments, log lines or generations. You cannot change anything yourself: when the \
			member asked for code to be generated, Stratus has requested it already, and "generationRequest" says \
			whether a generation started (its id and status) or why it was refused; report exactly that. Problems \
			worth pointing out in a schema: entities without a unique field besides the implicit id, fields named \
			like another entity's id without a relation, entities no relation touches, lookup keys (email, sku, \
			code, slug, externalId) that are not unique. Answer briefly, in Markdown.

			Project data (JSON):
			""";

	private final JsonMapper json;

	SystemPrompt(JsonMapper json) {
		this.json = json;
	}

	String of(Grounding context) {
		return INSTRUCTIONS + json.writeValueAsString(document(context));
	}

	/** The grounding as plain maps, so the document's shape is this method's and not the records'. */
	static Map<String, Object> document(Grounding context) {
		Map<String, Object> document = new LinkedHashMap<>();
		Map<String, Object> project = new LinkedHashMap<>();
		project.put("name", context.project().name());
		project.put("description", context.project().description());
		project.put("stack", context.project().stack().wire());
		project.put("yourRole", context.project().role().wire());
		document.put("project", project);
		if (context.schema() != null) {
			document.put("schema", Map.of("version", context.schema().version(), "savedAt",
					Timestamps.format(context.schema().createdAt()), "entities", context.schema().schema().entities()));
		}
		document.put("recentActivity", context.activity().stream().map(SystemPrompt::activity).toList());
		if (context.failedDeployment() != null) {
			document.put("lastFailedDeployment", failed(context.failedDeployment()));
		}
		document.put("latestGenerations", context.generations().stream().map(SystemPrompt::generation).toList());
		if (context.generationRequest() != null) {
			document.put("generationRequest", request(context.generationRequest()));
		}
		return document;
	}

	private static Map<String, Object> activity(Activity activity) {
		return Map.of("type", activity.type(), "summary", activity.summary(), "at",
				Timestamps.format(activity.createdAt()));
	}

	private static Map<String, Object> failed(FailedDeployment failed) {
		Map<String, Object> deployment = new LinkedHashMap<>();
		deployment.put("id", failed.deployment().id());
		deployment.put("environment", failed.deployment().environment());
		deployment.put("reason", failed.deployment().reason());
		deployment.put("requestedAt", Timestamps.format(failed.deployment().createdAt()));
		deployment.put("lastLogLines", failed.lastLines().stream().map(line -> line.text()).toList());
		return deployment;
	}

	private static Map<String, Object> generation(Generation generation) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("id", generation.id());
		map.put("status", generation.status().name());
		map.put("schemaVersion", generation.schemaVersion());
		map.put("error", generation.error());
		map.put("requestedAt", Timestamps.format(generation.createdAt()));
		return map;
	}

	private static Map<String, Object> request(GenerationRequest request) {
		return request.started() == null ? Map.of("started", false, "refusal", String.valueOf(request.refusal()))
				: Map.of("started", true, "generation", generation(request.started()));
	}

}
