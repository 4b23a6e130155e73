/**
 * THROW-AWAY STUB of the workflow engine's public API (brief: /work/briefs/workflow.md), only so the
 * customers module compiles until the real engine lands in main; delete this package before merging.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.workflow;
