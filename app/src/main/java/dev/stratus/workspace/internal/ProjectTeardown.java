package dev.stratus.workspace.internal;

/**
 * What must stop before a project's items are deleted: work running outside the table (a deployment's build or
 * app). The deletion job calls every such bean first, on each attempt, so each must be idempotent.
 */
interface ProjectTeardown {

	void tearDown(String projectId);

}
