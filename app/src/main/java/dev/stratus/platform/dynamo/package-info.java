/**
 * The DynamoDB toolkit every module's tables share: item values ({@link dev.stratus.platform.dynamo.Attributes}),
 * a page of a query with its signed token ({@link dev.stratus.platform.dynamo.QueryPages}), a cancelled
 * transaction's reasons by name ({@link dev.stratus.platform.dynamo.LabelledWrites}) and events counted in a
 * time window ({@link dev.stratus.platform.dynamo.WindowedCounter}).
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.dynamo;
