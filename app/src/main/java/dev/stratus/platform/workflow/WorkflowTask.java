package dev.stratus.platform.workflow;

import tools.jackson.databind.JsonNode;

/** STUB. */
public interface WorkflowTask {

	String functionName();

	JsonNode run(JsonNode input);

}
