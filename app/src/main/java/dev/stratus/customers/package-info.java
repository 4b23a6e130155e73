/**
 * The customer-ID registry (seed 004): a registration starts the {@code customer-registration}
 * workflow (Amazon States Language, run by the platform's engine locally and by Step Functions on AWS),
 * which validates the id, inserts it with a condition or stores the rejection with its reason.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.customers;
