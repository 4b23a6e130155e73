package dev.stratus.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dev.stratus.platform.errors.FieldProblem;
import dev.stratus.platform.errors.InvalidInput;
import dev.stratus.workspace.Architecture.Edge;
import dev.stratus.workspace.Architecture.Node;

/**
 * What a new architecture version is made of, and the rules across its parts (each part's own limits are
 * the request's): node ids and edge ids are unique, every edge joins two nodes of the diagram, and every
 * coordinate is a finite number within {@link #MAX_COORDINATE} of the origin.
 */
public record ArchitectureDraft(List<Node> nodes, List<Edge> edges) {

	public static final int MAX_NODES = 500;

	public static final int MAX_EDGES = 1000;

	public static final double MAX_COORDINATE = 1_000_000;

	public ArchitectureDraft {
		nodes = List.copyOf(nodes);
		edges = List.copyOf(edges);
	}

	/** Every rule across the parts it breaks, at paths like {@code edges[2].target}, in the order of the body. */
	public List<FieldProblem> problems() {
		List<FieldProblem> problems = new ArrayList<>();
		if (nodes.size() > MAX_NODES) {
			problems.add(new FieldProblem("nodes", "must have at most " + MAX_NODES + " nodes"));
		}
		if (edges.size() > MAX_EDGES) {
			problems.add(new FieldProblem("edges", "must have at most " + MAX_EDGES + " edges"));
		}
		Map<String, String> nodeIds = new HashMap<>();
		for (int i = 0; i < nodes.size(); i++) {
			Node node = nodes.get(i);
			String path = "nodes[" + i + "]";
			unique(problems, nodeIds, node.id(), path + ".id");
			coordinate(problems, node.x(), path + ".x");
			coordinate(problems, node.y(), path + ".y");
		}
		Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
		Map<String, String> edgeIds = new HashMap<>();
		for (int i = 0; i < edges.size(); i++) {
			Edge edge = edges.get(i);
			String path = "edges[" + i + "]";
			unique(problems, edgeIds, edge.id(), path + ".id");
			if (!ids.contains(edge.source())) {
				problems.add(new FieldProblem(path + ".source", "must be the id of a node of this diagram"));
			}
			if (!ids.contains(edge.target())) {
				problems.add(new FieldProblem(path + ".target", "must be the id of a node of this diagram"));
			}
		}
		return List.copyOf(problems);
	}

	/** @throws InvalidInput naming every rule it breaks, when it breaks any */
	public void check() {
		List<FieldProblem> problems = problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static void unique(List<FieldProblem> problems, Map<String, String> seen, String id, String path) {
		String other = seen.putIfAbsent(id, path);
		if (other != null) {
			problems.add(new FieldProblem(path, "'" + id + "' is taken by " + other));
		}
	}

	private static void coordinate(List<FieldProblem> problems, double value, String path) {
		if (!Double.isFinite(value) || Math.abs(value) > MAX_COORDINATE) {
			problems.add(new FieldProblem(path, "must be a finite number between -" + (long) MAX_COORDINATE + " and "
					+ (long) MAX_COORDINATE));
		}
	}

}
