package dev.stratus.platform.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads a state machine and checks it as the States Language requires, collecting every problem:
 * state types and their fields, {@code Next}/{@code End}, names that lead nowhere, unreachable
 * states, paths, {@code Retry}/{@code Catch}, Choice rules, and Task resources nothing runs.
 */
final class DefinitionParser {

	private static final Set<String> TOP = Set.of("Comment", "StartAt", "States", "Version", "TimeoutSeconds",
			"QueryLanguage");

	private static final Map<String, Set<String>> FIELDS = Map.of("Task",
			Set.of("Resource", "Parameters", "ResultSelector", "ResultPath", "InputPath", "OutputPath", "Next", "End",
					"Retry", "Catch", "TimeoutSeconds", "TimeoutSecondsPath", "HeartbeatSeconds",
					"HeartbeatSecondsPath"),
			"Pass", Set.of("InputPath", "OutputPath", "Parameters", "ResultPath", "Result", "Next", "End"), "Choice",
			Set.of("InputPath", "OutputPath", "Choices", "Default"), "Wait",
			Set.of("InputPath", "OutputPath", "Next", "End", "Seconds", "SecondsPath", "Timestamp", "TimestampPath"),
			"Succeed", Set.of("InputPath", "OutputPath"), "Fail", Set.of("Error", "ErrorPath", "Cause", "CausePath"));

	private static final Set<String> RETRIER = Set.of("ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate",
			"MaxDelaySeconds", "JitterStrategy", "Comment");

	private static final Set<String> CATCHER = Set.of("ErrorEquals", "ResultPath", "Next", "Comment");

	private final Problems problems = new Problems();

	private final TaskResources resources;

	private final ChoiceRules choiceRules = new ChoiceRules(problems);

	/** Each state's successors, for the reachability check. */
	private final Map<String, List<String>> edges = new LinkedHashMap<>();

	/** Every state name a field mentions, with where. */
	private final Map<String, String> references = new LinkedHashMap<>();

	private DefinitionParser(TaskResources resources) {
		this.resources = resources;
	}

	/** @throws InvalidWorkflow listing every problem */
	static Definition parse(String workflow, JsonNode document, TaskResources resources) {
		DefinitionParser parser = new DefinitionParser(resources);
		Definition definition = parser.definition(document);
		List<String> found = parser.problems.found();
		if (!found.isEmpty() || definition == null) {
			throw new InvalidWorkflow(workflow, found);
		}
		return definition;
	}

	private @Nullable Definition definition(JsonNode document) {
		if (!document.isObject()) {
			problems.add("$", "must be an object");
			return null;
		}
		problems.onlyFields("$", document, TOP, "a state machine");
		JsonNode language = document.get("QueryLanguage");
		if (language != null && !"JSONPath".equals(language.asString(""))) {
			problems.add("$.QueryLanguage", "the local engine runs JSONPath only");
		}
		String startAt = problems.string(document, "$", "StartAt", true);
		Integer timeout = problems.integer(document, "$", "TimeoutSeconds", 1, null);
		JsonNode states = document.get("States");
		if (states == null || !states.isObject() || states.isEmpty()) {
			problems.add("$.States", "must be an object with at least one state");
			return null;
		}
		Map<String, State> parsed = new LinkedHashMap<>();
		states.properties().forEach(entry -> {
			String at = Problems.child("$.States", entry.getKey());
			edges.put(entry.getKey(), new ArrayList<>());
			State state = state(entry.getKey(), entry.getValue(), at);
			if (state != null) {
				parsed.put(entry.getKey(), state);
			}
		});
		references.forEach((at, target) -> {
			if (!states.has(target)) {
				problems.add(at, "names no state: " + target);
			}
		});
		if (startAt != null && !states.has(startAt)) {
			problems.add("$.StartAt", "names no state: " + startAt);
		}
		else if (startAt != null) {
			Set<String> reached = reachable(startAt);
			edges.keySet()
				.stream()
				.filter(name -> !reached.contains(name))
				.forEach(name -> problems.add(Problems.child("$.States", name), "is unreachable from StartAt"));
		}
		return startAt == null ? null : new Definition(startAt, parsed, timeout);
	}

	private Set<String> reachable(String startAt) {
		Set<String> reached = new HashSet<>();
		Deque<String> todo = new ArrayDeque<>(List.of(startAt));
		while (!todo.isEmpty()) {
			String name = todo.pop();
			if (reached.add(name)) {
				todo.addAll(edges.getOrDefault(name, List.of()));
			}
		}
		return reached;
	}

	private @Nullable State state(String name, JsonNode node, String at) {
		if (!node.isObject()) {
			problems.add(at, "must be an object");
			return null;
		}
		if (name.length() > 80) {
			problems.add(at, "a state's name has at most 80 characters");
		}
		String type = problems.string(node, at, "Type", true);
		if (type == null) {
			return null;
		}
		Set<String> fields = FIELDS.get(type);
		if (fields == null) {
			problems.add(at + ".Type", "Parallel".equals(type) || "Map".equals(type)
					? "the local engine does not run " + type + " states" : "is not a state type: " + type);
			return null;
		}
		Set<String> allowed = new HashSet<>(fields);
		allowed.addAll(Set.of("Type", "Comment"));
		problems.onlyFields(at, node, allowed, "a " + type + " state");
		DataFlow io = dataFlow(node, at);
		return switch (type) {
			case "Pass" -> new State.Pass(name, io, node.get("Result"), transition(name, node, at));
			case "Task" -> task(name, node, at, io);
			case "Choice" -> choice(name, node, at, io);
			case "Wait" -> waitState(name, node, at, io);
			case "Succeed" -> new State.Succeed(name, io);
			default -> fail(name, node, at);
		};
	}

	private DataFlow dataFlow(JsonNode node, String at) {
		return new DataFlow(problems.path(node, at, "InputPath", false, true),
				problems.template(node, at, "Parameters"), problems.template(node, at, "ResultSelector"),
				problems.path(node, at, "ResultPath", true, true), problems.path(node, at, "OutputPath", false, true));
	}

	/** {@code Next} or {@code "End": true}, exactly one: the next state's name, or null for the end. */
	private @Nullable String transition(String name, JsonNode node, String at) {
		JsonNode end = node.get("End");
		if (end != null && !end.asBoolean(false)) {
			problems.add(at + ".End", "must be true when present");
		}
		if (node.has("Next") == (end != null)) {
			problems.add(at, "needs exactly one of Next and End");
		}
		String next = problems.string(node, at, "Next", false);
		if (next != null) {
			reference(name, at + ".Next", next);
		}
		return next;
	}

	private void reference(String from, String at, String target) {
		references.put(at, target);
		edges.get(from).add(target);
	}

	private @Nullable State task(String name, JsonNode node, String at, DataFlow io) {
		String resource = problems.string(node, at, "Resource", true);
		TaskResource runner = null;
		if (resource != null) {
			TaskResources.Resolution resolution = resources.resolve(resource, node.get("Parameters"));
			if (resolution.problem() != null) {
				problems.add(at + ".Resource", resolution.problem());
			}
			runner = resolution.resource();
		}
		Integer timeout = problems.integer(node, at, "TimeoutSeconds", 1, null);
		String timeoutPath = problems.optionalPath(node, at, "TimeoutSecondsPath", true);
		if (timeout != null && timeoutPath != null) {
			problems.add(at, "has both TimeoutSeconds and TimeoutSecondsPath");
		}
		Integer heartbeat = problems.integer(node, at, "HeartbeatSeconds", 1, null);
		if (heartbeat != null && timeout != null && heartbeat >= timeout) {
			problems.add(at + ".HeartbeatSeconds", "must be less than TimeoutSeconds");
		}
		problems.optionalPath(node, at, "HeartbeatSecondsPath", true);
		List<Retrier> retry = retriers(node.get("Retry"), at + ".Retry");
		List<Catcher> catchers = catchers(name, node.get("Catch"), at + ".Catch");
		String next = transition(name, node, at);
		return runner == null ? null
				: new State.Task(name, io, runner, timeout, timeoutPath, retry, catchers, next);
	}

	private List<Retrier> retriers(@Nullable JsonNode retry, String at) {
		List<Retrier> retriers = new ArrayList<>();
		for (JsonNode entry : entries(retry, at)) {
			String entryAt = at + "[" + retriers.size() + "]";
			problems.onlyFields(entryAt, entry, RETRIER, "a retrier");
			List<String> errors = errorEquals(entry, entryAt, retriers.size() == retry.size() - 1);
			int interval = problems.integer(entry, entryAt, "IntervalSeconds", 1, Retrier.DEFAULT_INTERVAL_SECONDS);
			int maxAttempts = problems.integer(entry, entryAt, "MaxAttempts", 0, Retrier.DEFAULT_MAX_ATTEMPTS);
			Integer maxDelay = problems.integer(entry, entryAt, "MaxDelaySeconds", 1, null);
			double backoff = Retrier.DEFAULT_BACKOFF_RATE;
			JsonNode rate = entry.get("BackoffRate");
			if (rate != null && (!rate.isNumber() || rate.asDouble() < 1.0)) {
				problems.add(entryAt + ".BackoffRate", "must be a number of at least 1.0");
			}
			else if (rate != null) {
				backoff = rate.asDouble();
			}
			String jitter = problems.string(entry, entryAt, "JitterStrategy", false);
			if (jitter != null && !Set.of("FULL", "NONE").contains(jitter)) {
				problems.add(entryAt + ".JitterStrategy", "must be FULL or NONE");
			}
			retriers.add(new Retrier(errors, interval, maxAttempts, backoff, maxDelay, "FULL".equals(jitter)));
		}
		return retriers;
	}

	private List<Catcher> catchers(String name, @Nullable JsonNode catches, String at) {
		List<Catcher> catchers = new ArrayList<>();
		for (JsonNode entry : entries(catches, at)) {
			String entryAt = at + "[" + catchers.size() + "]";
			problems.onlyFields(entryAt, entry, CATCHER, "a catcher");
			List<String> errors = errorEquals(entry, entryAt, catchers.size() == catches.size() - 1);
			String resultPath = problems.path(entry, entryAt, "ResultPath", true, true);
			String next = problems.string(entry, entryAt, "Next", true);
			if (next != null) {
				reference(name, entryAt + ".Next", next);
			}
			catchers.add(new Catcher(errors, resultPath, next == null ? "" : next));
		}
		return catchers;
	}

	private List<JsonNode> entries(@Nullable JsonNode array, String at) {
		List<JsonNode> entries = new ArrayList<>();
		if (array == null) {
			return entries;
		}
		if (!array.isArray()) {
			problems.add(at, "must be an array");
			return entries;
		}
		for (int i = 0; i < array.size(); i++) {
			if (array.get(i).isObject()) {
				entries.add(array.get(i));
			}
			else {
				problems.add(at + "[" + i + "]", "must be an object");
			}
		}
		return entries;
	}

	private List<String> errorEquals(JsonNode entry, String at, boolean last) {
		JsonNode errors = entry.get("ErrorEquals");
		if (errors == null || !errors.isArray() || errors.isEmpty()) {
			problems.add(at + ".ErrorEquals", "must be a non-empty array of error names");
			return List.of();
		}
		List<String> names = new ArrayList<>();
		errors.forEach(error -> {
			if (error.isString() && !error.asString().isEmpty()) {
				names.add(error.asString());
			}
			else {
				problems.add(at + ".ErrorEquals", "must hold error names (non-empty strings)");
			}
		});
		if (names.contains(StateFailure.ALL)) {
			if (names.size() > 1) {
				problems.add(at + ".ErrorEquals", "States.ALL must appear alone");
			}
			if (!last) {
				problems.add(at, "the entry with States.ALL must be the last one");
			}
		}
		return names;
	}

	private @Nullable State choice(String name, JsonNode node, String at, DataFlow io) {
		JsonNode choices = node.get("Choices");
		if (choices == null || !choices.isArray() || choices.isEmpty()) {
			problems.add(at + ".Choices", "must be a non-empty array of rules");
			return null;
		}
		List<State.Choice.Branch> branches = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			String ruleAt = at + ".Choices[" + i + "]";
			ChoiceRule rule = choiceRules.rule(choices.get(i), ruleAt, true);
			String next = choices.get(i).isObject() ? problems.string(choices.get(i), ruleAt, "Next", true) : null;
			if (next != null) {
				reference(name, ruleAt + ".Next", next);
			}
			if (rule != null && next != null) {
				branches.add(new State.Choice.Branch(rule, next));
			}
		}
		String defaultNext = problems.string(node, at, "Default", false);
		if (defaultNext != null) {
			reference(name, at + ".Default", defaultNext);
		}
		return new State.Choice(name, io, branches, defaultNext);
	}

	private State waitState(String name, JsonNode node, String at, DataFlow io) {
		long given = List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath").stream().filter(node::has).count();
		if (given != 1) {
			problems.add(at, "needs exactly one of Seconds, SecondsPath, Timestamp and TimestampPath");
		}
		Integer seconds = problems.integer(node, at, "Seconds", 0, null);
		String timestamp = problems.string(node, at, "Timestamp", false);
		if (timestamp != null && ChoiceRule.timestamp(node.get("Timestamp")).isEmpty()) {
			problems.add(at + ".Timestamp", "must be an RFC 3339 timestamp: " + timestamp);
		}
		return new State.Wait(name, io, seconds == null ? null : seconds.longValue(),
				problems.optionalPath(node, at, "SecondsPath", true), timestamp,
				problems.optionalPath(node, at, "TimestampPath", true), transition(name, node, at));
	}

	private State fail(String name, JsonNode node, String at) {
		if (node.has("Error") && node.has("ErrorPath")) {
			problems.add(at, "has both Error and ErrorPath");
		}
		if (node.has("Cause") && node.has("CausePath")) {
			problems.add(at, "has both Cause and CausePath");
		}
		return new State.Fail(name, problems.string(node, at, "Error", false),
				problems.optionalPath(node, at, "ErrorPath", true), problems.string(node, at, "Cause", false),
				problems.optionalPath(node, at, "CausePath", true));
	}

}
