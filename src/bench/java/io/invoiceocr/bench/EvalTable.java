package io.invoiceocr.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the engines' summaries as one plain-text table with aligned columns. */
final class EvalTable {

	private EvalTable() {
	}

	static String render(EvalDataset.Kind kind, List<EngineSummary> summaries) {
		List<String[]> rows = new ArrayList<>();
		if (kind == EvalDataset.Kind.SROIE) {
			rows.add(new String[] { "engine", "pages", "mean CER", "corpus CER", "exact lines", "median ms", "p95 ms",
					"pages/s" });
			for (EngineSummary s : summaries) {
				rows.add(new String[] { s.engine(), Integer.toString(s.pages()), fixed(s.meanCer(), 4),
						fixed(s.corpusCer(), 4), percent(s.exactLineRate()), fixed(s.medianMs(), 0), fixed(s.p95Ms(), 0),
						fixed(s.pagesPerSecond(), 2) });
			}
		}
		else {
			// No ground truth: speed, and which path each page took.
			rows.add(new String[] { "engine", "pages", "median ms", "p95 ms", "pages/s", "text-layer pages",
					"OCR pages" });
			for (EngineSummary s : summaries) {
				rows.add(new String[] { s.engine(), Integer.toString(s.pages()), fixed(s.medianMs(), 0),
						fixed(s.p95Ms(), 0), fixed(s.pagesPerSecond(), 2), Integer.toString(s.textLayerPages()),
						Integer.toString(s.ocrPages()) });
			}
		}
		StringBuilder table = new StringBuilder(format(rows));
		for (EngineSummary s : summaries) {
			if (!s.stageMedianMs().isEmpty()) {
				StringBuilder stages = new StringBuilder();
				s.stageMedianMs().forEach((stage, ms) -> stages.append(stages.isEmpty() ? "" : ", ")
					.append(stage)
					.append(' ')
					.append(fixed(ms, 1)));
				table.append(String.format(Locale.ROOT, "%s stages, median ms per page: %s%n", s.engine(), stages));
			}
		}
		for (EngineSummary s : summaries) {
			if (s.failures() > 0) {
				table.append(String.format(Locale.ROOT, "%s: %d document(s) failed, see %s/errors.tsv%n", s.engine(),
						s.failures(), s.engine()));
			}
		}
		return table.toString();
	}

	private static String format(List<String[]> rows) {
		int[] widths = new int[rows.get(0).length];
		for (String[] row : rows) {
			for (int i = 0; i < row.length; i++) {
				widths[i] = Math.max(widths[i], row[i].length());
			}
		}
		StringBuilder out = new StringBuilder();
		for (int r = 0; r < rows.size(); r++) {
			String[] row = rows.get(r);
			for (int i = 0; i < row.length; i++) {
				out.append(i == 0 ? "| " : " | ");
				// Names to the left, figures to the right, as they are read.
				out.append(i == 0 ? pad(row[i], widths[i], false) : pad(row[i], widths[i], true));
			}
			out.append(" |\n");
			if (r == 0) {
				for (int i = 0; i < widths.length; i++) {
					out.append(i == 0 ? "|-" : "-|-").append("-".repeat(widths[i]));
				}
				out.append("-|\n");
			}
		}
		return out.toString();
	}

	private static String pad(String cell, int width, boolean right) {
		String padding = " ".repeat(width - cell.length());
		return right ? padding + cell : cell + padding;
	}

	private static String fixed(double value, int decimals) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", value);
	}

	private static String percent(double value) {
		return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f%%", value * 100);
	}

}
