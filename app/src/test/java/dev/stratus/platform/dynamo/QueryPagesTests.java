package dev.stratus.platform.dynamo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.stratus.IntegrationTest;
import dev.stratus.platform.Page;
import dev.stratus.platform.errors.InvalidInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

import static dev.stratus.platform.dynamo.Attributes.n;
import static dev.stratus.platform.dynamo.Attributes.s;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Paging a time-ordered index partition of the real local DynamoDB, with and without a filter. */
@IntegrationTest
class QueryPagesTests {

	private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	@Autowired
	DynamoDbClient dynamo;

	@Autowired
	QueryPages pages;

	String table;

	@BeforeEach
	void createTable() {
		table = ScratchTable.create(dynamo, "query-pages-test-");
	}

	@AfterEach
	void dropTable() {
		dynamo.deleteTable(b -> b.tableName(table));
	}

	@Test
	void readsEveryItemOncePageByPageNewestFirst() {
		store(7);

		List<List<Long>> read = readAll(all(), "all", 3);

		assertThat(read).containsExactly(List.of(6L, 5L, 4L), List.of(3L, 2L, 1L), List.of(0L));
	}

	@Test
	void issuesNoTokenWhenThePageEndsTheList() {
		store(3);

		Page<Long> page = pages.read(all(), "all", 3, null, QueryPagesTests::number);

		assertThat(page.items()).containsExactly(2L, 1L, 0L);
		assertThat(page.nextToken()).isNull();
	}

	@Test
	void fillsAPageFromSeveralDynamoPagesWhenTheFilterMatchesFew() {
		store(80);
		QueryRequest tens = all().toBuilder()
			.filterExpression("tens = :yes")
			.expressionAttributeValues(Map.of(":all", s("NUMBERS"), ":yes", Attributes.bool(true)))
			.build();

		List<List<Long>> read = readAll(tens, "tens", 5);

		assertThat(read).containsExactly(List.of(70L, 60L, 50L, 40L, 30L), List.of(20L, 10L, 0L));
	}

	@Test
	void refusesATokenIssuedForAnotherScope() {
		store(4);
		String token = pages.read(all(), "mine", 2, null, QueryPagesTests::number).nextToken();

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> pages.read(all(), "theirs", 2, token, QueryPagesTests::number))
			.satisfies(ex -> assertThat(ex.problems()).singleElement()
				.satisfies(problem -> assertThat(problem.field()).isEqualTo("nextToken")));
	}

	@Test
	void refusesAChangedToken() {
		store(4);
		String token = pages.read(all(), "mine", 2, null, QueryPagesTests::number).nextToken();
		String changed = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> pages.read(all(), "mine", 2, changed, QueryPagesTests::number));
	}

	private List<List<Long>> readAll(QueryRequest query, String scope, int limit) {
		List<List<Long>> read = new ArrayList<>();
		String token = null;
		do {
			Page<Long> page = pages.read(query, scope, limit, token, QueryPagesTests::number);
			read.add(page.items());
			token = page.nextToken();
		}
		while (token != null && read.size() < 100);
		return read;
	}

	private QueryRequest all() {
		return QueryRequest.builder()
			.tableName(table)
			.indexName("GSI1")
			.keyConditionExpression("GSI1PK = :all")
			.expressionAttributeValues(Map.of(":all", s("NUMBERS")))
			.scanIndexForward(false)
			.build();
	}

	/** Numbers 0 to count - 1, each a second younger than the one before. */
	private void store(int count) {
		for (int i = 0; i < count; i++) {
			Map<String, AttributeValue> item = new HashMap<>(Attributes.key("NUMBER#" + i, "METADATA"));
			item.put("GSI1PK", s("NUMBERS"));
			item.put("GSI1SK", s(Attributes.timeKey(START.plusSeconds(i), Integer.toString(i))));
			item.put("number", n(i));
			item.put("tens", Attributes.bool(i % 10 == 0));
			dynamo.putItem(b -> b.tableName(table).item(item));
		}
	}

	private static long number(Map<String, AttributeValue> item) {
		return Attributes.num(item, "number");
	}

}
