/**
 * Small DynamoDB helpers every module's tables share. The rest of the DynamoDB toolkit (attribute
 * conversions, paging) is still per module; issue #14 moves it here.
 */
@org.jspecify.annotations.NullMarked
package dev.stratus.platform.dynamo;
