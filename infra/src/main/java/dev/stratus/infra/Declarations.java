package dev.stratus.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The tables, queues and buckets the app declares, as the app test {@code CloudResourcesDocumentTests}
 * writes them to {@code infra/cloud-resources.json}. The only source of these resources for the stacks.
 */
public record Declarations(List<Table> tables, List<Queue> queues, List<Bucket> buckets) {

	public Declarations {
		tables = List.copyOf(tables);
		queues = List.copyOf(queues);
		buckets = List.copyOf(buckets);
	}

	/** Reads the declarations file; a field it does not know is an error, so the two sides move together. */
	public static Declarations read(Path file) {
		try {
			return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.readValue(file.toFile(), Declarations.class);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the declarations " + file
					+ " (the app test CloudResourcesDocumentTests writes them)", ex);
		}
	}

	/** A single-table DynamoDB table: keys {@code PK}/{@code SK}, and {@code GSInPK}/{@code GSInSK} per index. */
	public record Table(String name, String physicalName, List<String> indexes) {

		public Table {
			indexes = List.copyOf(indexes);
		}

	}

	/** A job's queue; after {@code maxReceiveCount} receives a message moves to {@code deadLetterQueue}. */
	public record Queue(String name, int maxReceiveCount, int visibilityTimeoutSeconds, String deadLetterQueue) {
	}

	/** A bucket a module keeps objects in. */
	public record Bucket(String name, String physicalName) {
	}

}
