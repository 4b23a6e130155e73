package dev.stratus.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import software.amazon.awscdk.cxapi.CloudAssembly;
import software.amazon.awscdk.cxapi.CloudFormationStackArtifact;

/** How many CloudFormation resources each stack's template declares, by type: the figures for the note. */
final class ResourceCounts {

	private ResourceCounts() {
	}

	/** Writes the counts as a Markdown table and returns it. */
	static String write(CloudAssembly assembly, Path file) {
		StringBuilder table = new StringBuilder("| stack | resources | of which |\n|---|---:|---|\n");
		int total = 0;
		for (CloudFormationStackArtifact stack : assembly.getStacks()) {
			Map<String, Integer> byType = byType(stack);
			int count = byType.values().stream().mapToInt(Integer::intValue).sum();
			total += count;
			StringBuilder types = new StringBuilder();
			byType.forEach((type, n) -> types.append(types.isEmpty() ? "" : ", ").append(type.replace("AWS::", ""))
				.append(' ').append(n));
			table.append("| ").append(stack.getStackName()).append(" | ").append(count).append(" | ").append(types)
				.append(" |\n");
		}
		table.append("| total | ").append(total).append(" | |\n");
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, table);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return table.toString();
	}

	@SuppressWarnings("unchecked")
	static Map<String, Integer> byType(CloudFormationStackArtifact stack) {
		Map<String, Object> template = (Map<String, Object>) stack.getTemplate();
		Map<String, Object> resources = (Map<String, Object>) template.getOrDefault("Resources", Map.of());
		Map<String, Integer> byType = new TreeMap<>();
		resources.values().forEach(resource -> byType.merge(String.valueOf(((Map<String, Object>) resource).get(
				"Type")), 1, Integer::sum));
		return byType;
	}

}
