package dev.stratus.workspace.internal;

import java.util.List;

import dev.stratus.workspace.ProjectStatistics;
import org.springframework.stereotype.Component;

/** The dashboard's count of generations: one counting Query per project partition. */
@Component
class GenerationStatistics implements ProjectStatistics {

	private final GenerationTable generations;

	GenerationStatistics(GenerationTable generations) {
		this.generations = generations;
	}

	@Override
	public long generations(List<String> projectIds) {
		return projectIds.stream().mapToLong(generations::count).sum();
	}

}
