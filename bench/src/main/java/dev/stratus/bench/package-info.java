/**
 * Load, latency and fault harness that measures Stratus against its own substrate: {@code ./stratus bench} and
 * {@code ./stratus chaos}.
 */
package dev.stratus.bench;
