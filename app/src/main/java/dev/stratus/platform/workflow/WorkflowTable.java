package dev.stratus.platform.workflow;

import dev.stratus.platform.cloud.TableSpec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's table. Items: the execution {@code EXECUTION#id/EXECUTION} and its steps
 * {@code EXECUTION#id/STEP#000000} in the order entered, so one query reads an execution whole; the
 * job's outbox and dead letters. GSI1 lists a workflow's executions newest first
 * ({@code WORKFLOW#name}) and holds the outbox; GSI2 lists them per status
 * ({@code WORKFLOW#name#STATUS}), which the sweep also reads for the running ones.
 */
@Configuration(proxyBeanMethods = false)
class WorkflowTable {

	static final TableSpec TABLE = TableSpec.singleTable("workflows", "GSI1", "GSI2");

	@Bean
	TableSpec workflowsTable() {
		return TABLE;
	}

}
