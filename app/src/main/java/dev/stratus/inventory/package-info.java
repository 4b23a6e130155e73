/**
 * Inventory: products, orders placed atomically against stock, and the order pipeline (a platform
 * job: outbox, queue worker, dead letters) that confirms every order exactly once or hands it to an
 * admin.
 *
 * <p>
 * The local SQS keeps its messages on disk, but a message can still be lost (an in-memory local
 * cloud restarted, a queue deleted). The pipeline makes up for it: the outbox relay re-sends, at
 * startup and on a sweep, every order still {@code PENDING} a minute past its due time, and the
 * worker is idempotent.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.inventory;
