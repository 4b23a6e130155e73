package dev.stratus.platform.dynamo;

import java.util.Map;

import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LabelledWritesTests {

	private static final CancellationReason NONE = CancellationReason.builder().code("None").build();

	@Test
	void readsEachReasonUnderTheLabelOfItsWrite() {
		LabelledWrites writes = new LabelledWrites().add("stock", write("a")).add("order", write("b"));
		Map<String, AttributeValue> product = Map.of("quantity", AttributeValue.fromN("1"));

		var why = writes.reasons(cancelled(
				CancellationReason.builder().code("ConditionalCheckFailed").item(product).build(), NONE));

		assertThat(why.conditionFailed("stock")).isTrue();
		assertThat(why.item("stock")).isEqualTo(product);
		assertThat(why.conditionFailed("order")).isFalse();
		assertThat(why.item("order")).isNull();
		assertThat(why.contended()).isFalse();
	}

	@Test
	void answersNoForALabelTheTransactionLacked() {
		var why = new LabelledWrites().add("stock", write("a")).reasons(cancelled(NONE));

		assertThat(why.conditionFailed("idempotency key")).isFalse();
	}

	@Test
	void tellsAConflictWithAnotherTransaction() {
		var why = new LabelledWrites().add("stock", write("a"))
			.add("order", write("b"))
			.reasons(cancelled(NONE, CancellationReason.builder().code("TransactionConflict").build()));

		assertThat(why.contended()).isTrue();
	}

	@Test
	void refusesTwoWritesUnderOneLabel() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new LabelledWrites().add("stock", write("a")).add("stock", write("b")));
	}

	private static TransactWriteItem write(String pk) {
		return TransactWriteItem.builder()
			.put(p -> p.tableName("t").item(Map.of("PK", AttributeValue.fromS(pk))))
			.build();
	}

	private static TransactionCanceledException cancelled(CancellationReason... reasons) {
		return TransactionCanceledException.builder().message("cancelled").cancellationReasons(reasons).build();
	}

}
