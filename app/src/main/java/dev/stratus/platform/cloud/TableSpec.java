package dev.stratus.platform.cloud;

import java.util.List;

/**
 * A module's DynamoDB table in the single-table shape: string keys {@code PK}/{@code SK} and, per
 * global secondary index {@code GSIn}, string keys {@code GSInPK}/{@code GSInSK}. Plain data, so
 * the CDK app can declare the same table from it.
 */
public record TableSpec(String name, List<String> indexes) {

	public static TableSpec singleTable(String name, String... indexes) {
		return new TableSpec(name, List.of(indexes));
	}

}
