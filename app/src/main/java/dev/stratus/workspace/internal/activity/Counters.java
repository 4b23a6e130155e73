package dev.stratus.workspace.internal.activity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.stratus.platform.cloud.CloudResources;
import dev.stratus.platform.dynamo.Attributes;
import dev.stratus.platform.web.Timestamps;
import dev.stratus.workspace.Activity;
import dev.stratus.workspace.Chart;
import dev.stratus.workspace.ChartPeriod;
import dev.stratus.workspace.ChartType;
import dev.stratus.workspace.internal.WorkspaceResources;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

import static dev.stratus.platform.dynamo.Attributes.s;

/**
 * The charts' counters, kept as entries are fanned out: one item per chart, hour or day, and view, as
 * {@code COUNT#<chart>#H#<hourStart>} and {@code COUNT#<chart>#D#<dayStart>} (UTC) in the project's partition
 * (one project's charts) and in each member's {@code USER#<userId>} ("all my projects"). A chart is one Query of
 * at most 30 items, whatever happened; a project's counters go with it.
 */
@Component
public class Counters {

	static final String PREFIX = "COUNT#";

	private final DynamoDbClient dynamo;

	private final String table;

	Counters(DynamoDbClient dynamo, CloudResources resources) {
		this.dynamo = dynamo;
		this.table = resources.tableName(WorkspaceResources.TABLE);
	}

	/** The increments that count {@code activity} in the view {@code partition}, for the fan-out's transaction. */
	List<TransactWriteItem> increments(String partition, Activity activity) {
		List<ChartType> charts = new ArrayList<>(List.of(ChartType.ACTIVITY));
		ChartType.counting(activity.type()).ifPresent(charts::add);
		List<TransactWriteItem> writes = new ArrayList<>();
		for (ChartType chart : charts) {
			for (ChartPeriod period : List.of(ChartPeriod.LAST_24_HOURS, ChartPeriod.LAST_7_DAYS)) {
				Map<String, AttributeValue> key = Attributes.key(partition,
						sortKey(chart, period, activity.createdAt()));
				writes.add(TransactWriteItem.builder()
					.update(update -> update.tableName(table)
						.key(key)
						.updateExpression("ADD #n :one SET entityType = :counter")
						.expressionAttributeNames(Map.of("#n", "n"))
						.expressionAttributeValues(Map.of(":one", Attributes.n(1), ":counter", s("COUNTER"))))
					.build());
			}
		}
		return writes;
	}

	/** The chart of the view {@code partition}, its last bucket the one holding {@code now}. */
	public Chart chart(String partition, ChartType type, ChartPeriod period, Instant now) {
		Instant last = now.truncatedTo(period.unit());
		Instant first = last.minus(period.bucketLength().multipliedBy(period.buckets() - 1L));
		Map<String, Long> counts = new HashMap<>();
		dynamo
			.queryPaginator(b -> b.tableName(table)
				.keyConditionExpression("PK = :view AND SK BETWEEN :first AND :last")
				.expressionAttributeValues(Map.of(":view", s(partition), ":first", s(sortKey(type, period, first)),
						":last", s(sortKey(type, period, last)))))
			.items()
			.forEach(item -> counts.put(Attributes.str(item, Attributes.SK), Attributes.num(item, "n")));
		List<Chart.Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < period.buckets(); i++) {
			Instant start = first.plus(period.bucketLength().multipliedBy(i));
			buckets.add(new Chart.Bucket(start,
					Optional.ofNullable(counts.get(sortKey(type, period, start))).orElse(0L)));
		}
		return new Chart(type, period, buckets);
	}

	private static String sortKey(ChartType chart, ChartPeriod period, Instant at) {
		String grain = period == ChartPeriod.LAST_24_HOURS ? "H" : "D";
		return PREFIX + chart.wire() + "#" + grain + "#" + Timestamps.format(at.truncatedTo(period.unit()));
	}

}
