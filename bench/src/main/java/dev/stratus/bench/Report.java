package dev.stratus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results of one run: tables, checks and raw figures, written as {@code <kind>.md} and
 * {@code <kind>.json} under the results folder. Each run replaces the previous files of its kind,
 * so the folder always holds the newest results.
 */
final class Report {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	record Table(String title, List<String> columns, List<List<String>> rows, List<String> notes) {
	}

	private final String kind;

	private final Instant started = Instant.now();

	private final List<Table> tables = new ArrayList<>();

	private final List<Check> checks = new ArrayList<>();

	private final Map<String, Object> figures = new LinkedHashMap<>();

	Report(String kind) {
		this.kind = kind;
	}

	Table table(String title, String... columns) {
		Table table = new Table(title, List.of(columns), new ArrayList<>(), new ArrayList<>());
		tables.add(table);
		return table;
	}

	static void row(Table table, String... cells) {
		if (cells.length != table.columns().size()) {
			throw new IllegalArgumentException(
					table.title() + " has " + table.columns().size() + " columns, got " + cells.length + " cells");
		}
		table.rows().add(List.of(cells));
	}

	Check check(Check check) {
		checks.add(check);
		return check;
	}

	/** A raw figure for the JSON (a number, a string, a {@link Stats}, a list or a map of them). */
	void figure(String name, Object value) {
		figures.put(name, value);
	}

	List<Check> checks() {
		return checks;
	}

	boolean passed() {
		return checks.stream().allMatch(Check::passed);
	}

	String markdown() {
		var out = new StringBuilder();
		long failed = checks.stream().filter(c -> !c.passed()).count();
		out.append("# Stratus ").append(kind).append(" — ").append(started).append("\n\n");
		out.append(Runtime.getRuntime().availableProcessors()).append(" CPUs, Java ")
			.append(System.getProperty("java.version")).append(", ")
			.append(Fmt.num(Duration.between(started, Instant.now()).toMillis() / 1000.0, 0)).append(" s; ")
			.append(checks.size() - failed).append(" of ").append(checks.size()).append(" checks passed.\n");
		for (Table table : tables) {
			out.append("\n## ").append(table.title()).append("\n\n");
			out.append("| ").append(String.join(" | ", table.columns())).append(" |\n");
			out.append("|").append("---|".repeat(table.columns().size())).append("\n");
			for (List<String> row : table.rows()) {
				out.append("| ").append(String.join(" | ", row.stream().map(Report::cell).toList())).append(" |\n");
			}
			for (String note : table.notes()) {
				out.append("\n").append(note).append("\n");
			}
		}
		if (!checks.isEmpty()) {
			out.append("\n## Checks\n\n| result | check | figures |\n|---|---|---|\n");
			for (Check check : checks) {
				out.append("| ").append(check.passed() ? "PASS" : "**FAIL**").append(" | ").append(cell(check.name()))
					.append(" | ").append(cell(check.figures())).append(" |\n");
			}
		}
		return out.toString();
	}

	private static String cell(String text) {
		return text.replace("|", "\\|").replace("\n", " ");
	}

	String json() {
		var root = new LinkedHashMap<String, Object>();
		root.put("kind", kind);
		root.put("startedAt", started.toString());
		root.put("seconds", Duration.between(started, Instant.now()).toMillis() / 1000.0);
		root.put("cpus", Runtime.getRuntime().availableProcessors());
		root.put("java", System.getProperty("java.version"));
		root.put("passed", passed());
		root.put("tables", tables);
		root.put("checks", checks);
		root.put("figures", figures);
		return JSON.writeValueAsString(root);
	}

	/** Writes {@code <kind>.md} and {@code <kind>.json}, replacing the previous run's. */
	List<Path> write(Path dir) {
		try {
			Files.createDirectories(dir);
			Path md = dir.resolve(kind + ".md");
			Path json = dir.resolve(kind + ".json");
			Files.writeString(md, markdown());
			Files.writeString(json, json() + "\n");
			return List.of(md, json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write results to " + dir, ex);
		}
	}

}
