package dev.stratus.platform.workflow;

import tools.jackson.databind.JsonNode;

/** What a Task state's {@code Resource} resolved to locally. */
interface TaskResource {

	/**
	 * Runs one attempt with the effective input.
	 * @throws StateFailure under the error name Step Functions would report; other exceptions count
	 * as {@code States.TaskFailed}
	 */
	JsonNode invoke(JsonNode parameters);

}
