package dev.stratus.fleet.web;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 rows for the audit export, safe to open in a spreadsheet: a cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @} (or a tab or carriage return) would run as a formula there, so it gets a
 * leading {@code '}; a cell with a comma, quote or line break is quoted, its quotes doubled.
 */
final class CsvCells {

	private CsvCells() {
	}

	/** One line, ending in CRLF; a null cell is empty. */
	static String row(List<@Nullable String> cells) {
		return cells.stream().map(CsvCells::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(@Nullable String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
				|| safe.indexOf('\r') >= 0;
		return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
	}

}
