/**
 * The app as AWS Lambda functions: {@link dev.stratus.platform.lambda.ApiHandler} serves the HTTP API (API Gateway
 * HTTP API, payload 2.0) through the servlet container adapter, {@link dev.stratus.platform.lambda.QueueHandler}
 * works one job's SQS batches, {@link dev.stratus.platform.lambda.WorkflowTaskHandler} runs one workflow task for
 * Step Functions, and {@link dev.stratus.platform.lambda.HousekeepingHandler} relays outboxes and sweeps on
 * EventBridge's schedule. They exist so that the code the server runs is the code Lambda runs: each hands the
 * event to the bean the in-process loops use (a {@code JobPipeline}, a {@code WorkflowTask}), in one Spring
 * context per instance, started in the init phase ({@code STRATUS_RUNTIME=lambda} keeps its background loops
 * off, since a frozen instance runs no thread) and primed there or before SnapStart's snapshot.
 */
@NullMarked
package dev.stratus.platform.lambda;

import org.jspecify.annotations.NullMarked;
