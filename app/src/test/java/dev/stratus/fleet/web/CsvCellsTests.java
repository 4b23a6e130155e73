package dev.stratus.fleet.web;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells as RFC 4180 and spreadsheets need them. */
class CsvCellsTests {

	@Test
	void leavesPlainCellsAlone() {
		assertThat(CsvCells.cell("i-0abc")).isEqualTo("i-0abc");
		assertThat(CsvCells.cell(null)).isEmpty();
	}

	@Test
	void quotesCommasQuotesAndLineBreaks() {
		assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
		assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
	}

	@Test
	void defusesCellsASpreadsheetWouldRunAsFormulas() {
		assertThat(CsvCells.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(CsvCells.cell("+1")).isEqualTo("'+1");
		assertThat(CsvCells.cell("-1")).isEqualTo("'-1");
		assertThat(CsvCells.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvCells.cell("a=b")).isEqualTo("a=b");
	}

	@Test
	void endsEachRowWithCrLf() {
		assertThat(CsvCells.row(Arrays.asList("a", null, "c"))).isEqualTo("a,,c\r\n");
	}

}
