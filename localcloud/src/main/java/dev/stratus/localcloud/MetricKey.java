package dev.stratus.localcloud;

import java.util.Map;
import java.util.TreeMap;

/** A CloudWatch metric: namespace, name and dimensions (sorted, so equal sets compare equal). */
record MetricKey(String namespace, String name, Map<String, String> dimensions) {

	MetricKey {
		dimensions = java.util.Collections.unmodifiableMap(new TreeMap<>(dimensions));
	}

	/** Whether ListMetrics' filter admits this metric; a dimension filter without a value matches any value. */
	boolean matches(String namespace, String name, Map<String, String> dimensionFilter) {
		if (namespace != null && !namespace.equals(this.namespace) || name != null && !name.equals(this.name)) {
			return false;
		}
		return dimensionFilter.entrySet()
			.stream()
			.allMatch(f -> dimensions.containsKey(f.getKey())
					&& (f.getValue() == null || f.getValue().equals(dimensions.get(f.getKey()))));
	}

}
