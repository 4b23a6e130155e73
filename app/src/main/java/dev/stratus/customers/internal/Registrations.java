package dev.stratus.customers.internal;

import dev.stratus.platform.workflow.Workflow;

/**
 * The declared {@code customer-registration} workflow, as a type of its own so that another module's
 * workflow bean can never be injected in its place.
 */
public record Registrations(Workflow workflow) {
}
