package dev.stratus.platform.workflow;

import tools.jackson.databind.JsonNode;

/**
 * Where a running execution stands: the state it is in or enters next, that state's input, and the
 * step's position. Moved only together with the exit of the step before, so a resumed execution
 * continues from its last finished step.
 */
record Cursor(String state, JsonNode input, int seq) {
}
