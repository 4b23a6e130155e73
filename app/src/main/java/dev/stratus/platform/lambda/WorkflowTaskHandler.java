package dev.stratus.platform.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.stratus.platform.workflow.TaskFailure;
import dev.stratus.platform.workflow.WorkflowTask;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One workflow task as the Lambda function a Task state names ({@code STRATUS_WORKFLOW_TASK=<function name>}, as
 * in {@code customer-validate}): the same {@link WorkflowTask} bean the local engine calls. The event is the
 * state's effective input (after {@code InputPath} and {@code Parameters}), the answer its result. A
 * {@link TaskFailure} is thrown as an exception whose class is named after its error ({@link TaskErrors}), so
 * Step Functions' {@code Retry} and {@code Catch} see the error name the local engine gives; any other exception
 * is the function's error as it is (Step Functions' {@code States.TaskFailed} covers it, as locally).
 */
public class WorkflowTaskHandler implements RequestStreamHandler {

	private static final LambdaApplication APP = LambdaApplication.get();

	private final WorkflowTask task;

	private final JsonMapper json;

	public WorkflowTaskHandler() {
		this(LambdaApplication.setting("STRATUS_WORKFLOW_TASK"));
	}

	WorkflowTaskHandler(String functionName) {
		this(named(functionName), APP.bean(JsonMapper.class));
	}

	WorkflowTaskHandler(WorkflowTask task, JsonMapper json) {
		this.task = task;
		this.json = json;
	}

	private static WorkflowTask named(String functionName) {
		List<WorkflowTask> tasks = List.copyOf(APP.context().getBeansOfType(WorkflowTask.class).values());
		return tasks.stream()
			.filter(candidate -> candidate.functionName().equals(functionName))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("STRATUS_WORKFLOW_TASK names no workflow task: "
					+ functionName + "; tasks: " + tasks.stream().map(WorkflowTask::functionName).sorted().toList()));
	}

	@Override
	public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
		JsonNode result;
		try {
			result = task.run(json.readTree(input));
		}
		catch (TaskFailure failure) {
			throw TaskErrors.of(failure);
		}
		json.writeValue(output, result);
	}

}
