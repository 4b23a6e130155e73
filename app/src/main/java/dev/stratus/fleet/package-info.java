/**
 * The EC2 fleet console (seed 000): instances and their CloudWatch metrics across regions, and admin actions
 * (reboot, start, stop) each recorded in an append-only audit log before it reaches EC2.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.fleet;
