package dev.stratus.platform.workflow;

import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.Page;
import dev.stratus.platform.dynamo.LabelledWrites;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import tools.jackson.databind.JsonNode;

/** STUB. */
public interface Workflow {

	String name();

	JsonNode document();

	Start start(JsonNode input, LabelledWrites alsoWrite);

	Optional<Execution> find(String executionId);

	Page<ExecutionSummary> list(@Nullable ExecutionStatus status, int limit, @Nullable String nextToken);

	/** STUB. */
	sealed interface Start {
	}

	/** STUB. */
	record Started(String executionId) implements Start {
	}

	/** STUB. */
	record Refused(String label, @Nullable Map<String, AttributeValue> item) implements Start {
	}

}
