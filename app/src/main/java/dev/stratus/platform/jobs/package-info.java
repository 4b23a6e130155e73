/**
 * Durable jobs: a module declares a {@link dev.stratus.platform.jobs.Job} (its queue, the
 * identifier its messages carry, its handler) and gets the outbox relay, the queue worker with
 * back-off, the dead-letter handling with admin alerts, redrive and the sweep of overdue work.
 * Messages only name their work item; the item in the module's table is the truth, so a stale or
 * repeated message does no harm. The root types are the API; the rest is package-private.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.jobs;
