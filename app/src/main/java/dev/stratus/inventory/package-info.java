/**
 * Inventory: products, orders placed atomically against stock, and the order pipeline (a platform
 * job: outbox, queue worker, dead letters) that confirms every order exactly once or hands it to an
 * admin.
 *
 * <p>
 * Local SQS keeps messages in memory, so a restart of the local cloud drops queued messages. The
 * pipeline makes up for it: the outbox relay re-sends, at startup, every order still
 * {@code PENDING} after a minute, and the worker is idempotent, so queue contents effectively
 * survive a restart.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.inventory;
