package dev.stratus.platform.jobs;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import dev.stratus.platform.cloud.TableSpec;
import dev.stratus.platform.dynamo.Attributes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Where a job lives, as plain data like {@code TableSpec}: its queue's name, what its messages
 * name, and the two GSI1 partitions of the module's table that hold its outbox and its dead
 * letters. A module with several jobs gives each its own spec; {@link #of} derives the partitions
 * from the name so that they never collide.
 */
public record JobSpec<M>(String name, Subject<M> subject, TableSpec table, String outboxPartition,
		String deadLetterPartition) {

	static final String INDEX = "GSI1";

	public JobSpec {
		if (!name.matches("[a-z][a-z0-9-]{0,60}")) {
			throw new IllegalArgumentException("A job's name is its queue's name, lower-case: " + name);
		}
		if (!table.indexes().contains(INDEX)) {
			throw new IllegalArgumentException("Job " + name + " keeps its outbox in " + INDEX + ", which table "
					+ table.name() + " lacks");
		}
		if (outboxPartition.equals(deadLetterPartition)) {
			throw new IllegalArgumentException("Job " + name + " needs two partitions, not one: " + outboxPartition);
		}
	}

	/** A job whose outbox and dead letters sit in partitions named after it. */
	public static <M> JobSpec<M> of(String name, Subject<M> subject, TableSpec table) {
		return new JobSpec<>(name, subject, table, "OUTBOX#" + name, "DEADLETTERS#" + name);
	}

	/**
	 * The outbox item for {@code message}, to be written in the same transaction as the work it
	 * announces: then no work is written without its message, and the relay sends it.
	 * @param tableName the table's real name ({@code CloudResources.tableName})
	 */
	public TransactWriteItem outboxEntry(String tableName, M message, Instant at) {
		String id = subject.id().apply(message);
		Map<String, AttributeValue> item = new HashMap<>(outboxKey(id));
		item.put(INDEX + "PK", Attributes.s(outboxPartition));
		item.put(INDEX + "SK", Attributes.s(Attributes.timeKey(at, id)));
		item.put(subject.attribute(), Attributes.s(id));
		return TransactWriteItem.builder().put(p -> p.tableName(tableName).item(item)).build();
	}

	/** Per job, so two jobs of one table may announce work items with the same id. */
	Map<String, AttributeValue> outboxKey(String id) {
		return Attributes.key("OUTBOX#" + id, outboxPartition);
	}

}
