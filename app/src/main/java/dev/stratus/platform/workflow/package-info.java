/**
 * The workflow engine: runs Amazon States Language state machines in the app, the same documents
 * Step Functions runs on AWS. A module declares a workflow ({@link dev.stratus.platform.workflow.Workflows#declare})
 * and the beans behind its Task states ({@link dev.stratus.platform.workflow.WorkflowTask}), then
 * starts, reads and lists executions through {@link dev.stratus.platform.workflow.Workflow}. The
 * engine knows nothing of the modules using it.
 * <p>
 * <b>Language.</b> Task, Choice, Pass, Wait, Succeed and Fail states with JSONPath (Jayway) for
 * InputPath, Parameters (with {@code $$}, the context object), ResultSelector, ResultPath and
 * OutputPath, Retry and Catch. Not run locally, and refused at declaration: Parallel and Map states,
 * intrinsic functions, JSONata, service integrations other than Lambda and DynamoDB item calls.
 * {@code HeartbeatSeconds} is accepted and ignored: in-process tasks have no heartbeat channel.
 * <p>
 * <b>Durability.</b> Starting writes the execution and its outbox entry in one transaction; the
 * platform job {@code workflows} then runs it. Each step is written as it happens, and a step's exit
 * moves the execution's cursor in the same transaction, so after a crash the execution resumes from
 * its last finished step, and a step that had started is run again (hence tasks are idempotent). A
 * worker claims the execution for one claim's time (the queue's visibility timeout), so two
 * deliveries never run it at once.
 * <p>
 * <b>Waiting.</b> A Wait state or retry interval that ends within the claim is waited out on the
 * worker. A longer one must neither hold a worker nor be lost: the execution is put to sleep with its
 * due time in its item, the worker is released, and an in-memory timer sends its message when due.
 * If the app stops meanwhile, the timer is gone but the due time is not: the job's sweep re-sends
 * executions whose due time has passed by its {@code sweep-after}, so the wait ends late by at most
 * that much rather than never. An execution that runs longer than a claim sleeps "until now" between
 * steps, which re-queues it, so no delivery outlives its visibility timeout.
 * <p>
 * <b>On AWS.</b> All of the above is the local side of {@link dev.stratus.platform.workflow.ExecutionBackend}.
 * On AWS the start is written the same way, but its delivery publishes it to EventBridge, a rule hands it
 * to Step Functions under the execution id as the execution's name, and reads come from Step Functions
 * ({@link dev.stratus.platform.workflow.StepFunctionsExecutions}).
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.workflow;
