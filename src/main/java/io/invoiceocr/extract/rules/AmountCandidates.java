package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.FoundAmount;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/**
 * The amounts a label may name: the last amount right of it in its row, or, where its row holds
 * none, the amount of the row under it or over it (a scan's label and value often land in
 * neighbouring rows). Numbers that are no money are left out: an article or page number
 * ("artikel 196"), a number of days ("binnen 30 dagen"). Which of the candidates is the amount is
 * for {@link TotalsSolver} to decide.
 */
final class AmountCandidates {

	private static final double SAME_ROW = 1.0;

	private static final double ROW_BELOW = 0.8;

	private static final double ROW_ABOVE = 0.6;

	/** A whole number without a currency mark in a row: less likely money than one with cents. */
	private static final double NO_CENTS = 0.6;

	/** Rows a tax summary table spans under its heading. */
	private static final int SUMMARY_ROWS = 8;

	private static final Pattern NOT_MONEY_BEFORE = Pattern.compile("(?iu)(?:art(?:ikel|icle|[íi]culo|icolo|ykul|\\.)?|§+|page|seite"
			+ "|pagina|pag\\.|p\\.|richtlijn|directive|richtlinie|nr\\.?|no\\.?|n°|#)\\s*$");

	private static final Pattern NOT_MONEY_AFTER = Pattern.compile("(?iu)^\\s*(?:days?|tagen?|jours?|dagen|d[íi]as|giorni|dni|hari"
			+ "|months?|monate?n?|mois|maanden|meses|mesi|%|x\\b)");

	/** Every label of an amount at an invoice's foot: a row holding one has its own amount. */
	private static final Pattern ANY_LABEL = LabelWords.either(Keywords.GRAND_TOTAL, AmountLabels.TOTAL, AmountLabels.SUBTOTAL,
			AmountLabels.TAX, AmountLabels.PAID, AmountLabels.DUE);

	/** An amount a label names, with the label's row and place (a tax's rate stands by its label). */
	record Named(Candidate<BigDecimal> amount, DocumentText.Row labelRow, int labelStart) {
	}

	private final DocumentText text;

	private final Conventions conventions;

	private final Map<String, List<FoundAmount>> amountsByRow = new HashMap<>();

	AmountCandidates(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	/** The candidates of every row labelled {@code label} and not denied by {@code unless}. */
	List<Named> labelled(Pattern label, Pattern unless, double confidence) {
		List<Named> found = new ArrayList<>();
		List<DocumentText.Row> rows = text.rows();
		for (LabelledRow labelled : LabelledRow.findAll(text, label)) {
			if (unless != null && deniedBefore(unless, labelled) || inTaxSummary(labelled.row())) {
				continue;
			}
			List<FoundAmount> right = money(labelled.row()).stream().filter(a -> a.start() >= labelled.labelEnd()).toList();
			if (!right.isEmpty()) {
				found.add(new Named(candidate(right.get(right.size() - 1), labelled.row(), confidence * SAME_ROW),
						labelled.row(), labelled.labelStart()));
				continue;
			}
			if (!money(labelled.row()).isEmpty()) {
				continue;
			}
			int at = rows.indexOf(labelled.row());
			TextLine labelLine = labelled.row().lineAt(labelled.labelStart());
			neighbour(labelled.next(), labelLine, confidence * ROW_BELOW)
				.ifPresent(amount -> found.add(new Named(amount, labelled.row(), labelled.labelStart())));
			neighbour(at > 0 && rows.get(at - 1).page() == labelled.row().page() ? rows.get(at - 1) : null, labelLine,
					confidence * ROW_ABOVE)
				.ifPresent(amount -> found.add(new Named(amount, labelled.row(), labelled.labelStart())));
		}
		return found;
	}

	/**
	 * The last amount of a neighbouring row when it stands alone in its line, no further left
	 * than the label, and no label of its own stands before it in its line or the line before (a sentence
	 * further left in the row is no label of it).
	 */
	private Optional<Candidate<BigDecimal>> neighbour(DocumentText.Row row, TextLine label, double confidence) {
		if (row == null) {
			return Optional.empty();
		}
		List<FoundAmount> amounts = money(row);
		if (amounts.isEmpty() || amounts.size() > 2) {
			return Optional.empty();
		}
		FoundAmount last = amounts.get(amounts.size() - 1);
		int[] line = row.lineAround(last.start());
		// an amount may reach into the next line ("RM" boxed apart from "80.90")
		int lineEnd = Math.max(line[1], last.end());
		String rest = (row.text().substring(Math.min(line[0], last.start()), last.start())
				+ row.text().substring(last.end(), lineEnd))
			.replaceAll("[^\\p{L}\\p{N}]", "");
		Quad box = row.lineAt(last.start()).box();
		// under or over the label, or right of it in the value column: not further left than it
		boolean level = box.minX() >= label.box().minX() - label.box().height();
		int from = line[0] > 0 ? row.lineAround(line[0] - 2)[0] : 0;
		if (rest.length() > 3 || !level || ANY_LABEL.matcher(row.text()).region(from, last.start()).find()) {
			return Optional.empty();
		}
		return Optional.of(candidate(last, row, confidence));
	}


	/** The amounts of a row that can be money. */
	List<FoundAmount> money(DocumentText.Row row) {
		String line = row.text();
		return amountsByRow.computeIfAbsent(line, key -> Amounts.find(key, conventions.decimalStyle())
			.stream()
			.filter(amount -> !NOT_MONEY_BEFORE.matcher(line.substring(0, amount.start())).find()
					&& !NOT_MONEY_AFTER.matcher(line.substring(amount.end())).find())
			.toList());
	}

	/**
	 * Whether a denying label ("Total Sales (Excluding GST)", "Paid Amount") stands between the
	 * previous amount of the row and the end of this label: it then speaks of this amount.
	 */
	private boolean deniedBefore(Pattern unless, LabelledRow labelled) {
		String row = labelled.row().text();
		int from = money(labelled.row()).stream()
			.filter(amount -> amount.end() <= labelled.labelStart())
			.mapToInt(FoundAmount::end)
			.max()
			.orElse(0);
		Matcher denial = unless.matcher(row).region(from, row.length());
		return denial.find() && denial.start() < labelled.labelEnd();
	}

	/** Whether the row heads a tax summary table or stands in one, below its heading on the same page. */
	private boolean inTaxSummary(DocumentText.Row row) {
		return text.rowsOfPage(row.page())
			.stream()
			.filter(heading -> heading.number() <= row.number() && heading.number() >= row.number() - SUMMARY_ROWS)
			.anyMatch(heading -> Keywords.SUMMARY.matcher(heading.text()).find());
	}

	private static Candidate<BigDecimal> candidate(FoundAmount amount, DocumentText.Row row, double confidence) {
		boolean whole = amount.value().scale() == 0 && amount.currency() == null;
		return new Candidate<>(amount.value(), row.text().substring(amount.start(), amount.end()), row, amount.start(),
				amount.end(), whole ? confidence * NO_CENTS : confidence);
	}

}
