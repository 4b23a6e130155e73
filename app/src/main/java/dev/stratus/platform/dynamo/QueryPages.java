package dev.stratus.platform.dynamo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import dev.stratus.platform.Page;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.platform.web.PageTokens;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/**
 * One page of a list from a DynamoDB query, with its signed {@code nextToken}. A filter expression
 * applies after DynamoDB's own page limit, so one page of the list may take several DynamoDB pages:
 * the SDK's paginator reads on until {@code limit} items matched or the query ends. The next page
 * starts after the last item handed out, never one the caller has not seen, and the last page has
 * no token. A token reads back only under the scope that issued it ({@link PageTokens}).
 * <p>
 * The resume key is taken from that last item, so the table has the single-table shape
 * ({@code PK}/{@code SK}, and {@code GSInPK}/{@code GSInSK} for an index {@code GSIn}, projecting
 * them), as every {@code TableSpec.singleTable} does.
 *
 * <pre>
 * Page&lt;Customer&gt; page = pages.read(QueryRequest.builder()
 * 	.tableName(table)
 * 	.indexName("GSI1")
 * 	.keyConditionExpression("GSI1PK = :all")
 * 	.filterExpression("#status = :status")
 * 	.expressionAttributeNames(Map.of("#status", "status"))
 * 	.expressionAttributeValues(Map.of(":all", s("CUSTOMERS"), ":status", s(status.name())))
 * 	.scanIndexForward(false)
 * 	.build(), "customers|" + status, limit, nextToken, CustomerTable::customer);
 * </pre>
 */
@Component
public class QueryPages {

	/** Read at least this many per DynamoDB page, so a filter that matches little needs few calls. */
	private static final int MIN_READ = 25;

	private final DynamoDbClient dynamo;

	private final PageTokens tokens;

	QueryPages(DynamoDbClient dynamo, PageTokens tokens) {
		this.dynamo = dynamo;
		this.tokens = tokens;
	}

	/**
	 * @param query what to list: table, index, key condition, optional filter, order; its
	 * {@code Limit} and {@code ExclusiveStartKey} are set here
	 * @param scope everything the query depends on, as in {@code "orders|<userId>|<status>"}: a token
	 * issued for one scope is refused under another
	 * @param limit the most items on the page
	 * @param nextToken the previous page's, or {@code null} for the first page
	 * @param item turns a stored item into what the page holds
	 * @throws InvalidInput on {@code nextToken} for a token this scope did not issue, or a changed one
	 */
	public <T> Page<T> read(QueryRequest query, String scope, int limit, @Nullable String nextToken,
			Function<Map<String, AttributeValue>, T> item) {
		Map<String, AttributeValue> start = nextToken == null ? null : tokens.read(nextToken, scope);
		QueryRequest first = query.toBuilder().exclusiveStartKey(start).limit(Math.max(limit + 1, MIN_READ)).build();
		List<T> found = new ArrayList<>();
		for (QueryResponse response : dynamo.queryPaginator(first)) {
			List<Map<String, AttributeValue>> items = response.items();
			boolean more = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty();
			for (int i = 0; i < items.size(); i++) {
				found.add(item.apply(items.get(i)));
				if (found.size() == limit) {
					boolean after = i < items.size() - 1 || more;
					return new Page<>(found, after ? tokens.issue(resumeKey(items.get(i), query.indexName()), scope)
							: null);
				}
			}
		}
		return new Page<>(found, null);
	}

	private static Map<String, AttributeValue> resumeKey(Map<String, AttributeValue> item, @Nullable String index) {
		List<String> names = index == null ? List.of(Attributes.PK, Attributes.SK)
				: List.of(Attributes.PK, Attributes.SK, index + "PK", index + "SK");
		Map<String, AttributeValue> key = new HashMap<>();
		names.forEach(name -> key.put(name, item.get(name)));
		return key;
	}

}
