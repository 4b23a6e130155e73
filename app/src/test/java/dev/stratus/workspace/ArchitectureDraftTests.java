package dev.stratus.workspace;

import java.util.List;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.Architecture.Edge;
import dev.stratus.workspace.Architecture.Node;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules across an architecture's parts. */
class ArchitectureDraftTests {

	@Test
	void acceptsEdgesBetweenNodesOfTheDiagram() {
		ArchitectureDraft draft = new ArchitectureDraft(
				List.of(new Node("a", "A", "service", 0, 0), new Node("b", "B", "database", -50.5, 1e6)),
				List.of(new Edge("e", "a", "b", null), new Edge("f", "b", "b", "self")));

		assertThat(draft.problems()).isEmpty();
	}

	@Test
	void namesDuplicateIdsAndEdgesToNodesThatAreNotThere() {
		ArchitectureDraft draft = new ArchitectureDraft(
				List.of(new Node("a", "A", "service", 0, 0), new Node("a", "A again", "service", 0, 0)),
				List.of(new Edge("e", "a", "ghost", null), new Edge("e", "nobody", "a", null)));

		assertThat(draft.problems()).extracting(FieldProblem::field)
			.containsExactly("nodes[1].id", "edges[0].target", "edges[1].id", "edges[1].source");
		assertThatThrownBy(draft::check).isInstanceOf(InvalidInput.class);
	}

	@Test
	void refusesCoordinatesThatAreNotFiniteOrTooFarOut() {
		ArchitectureDraft draft = new ArchitectureDraft(List.of(new Node("a", "A", "service", Double.NaN, 0),
				new Node("b", "B", "service", Double.POSITIVE_INFINITY, -1_000_001)), List.of());

		assertThat(draft.problems()).extracting(FieldProblem::field).containsExactly("nodes[0].x", "nodes[1].x",
				"nodes[1].y");
	}

}
