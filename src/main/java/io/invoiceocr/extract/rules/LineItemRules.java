package io.invoiceocr.extract.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.FoundAmount;
import io.invoiceocr.extract.table.LineItemTable;
import io.invoiceocr.ocr.Quad;

/**
 * The invoiced lines: read as a table by its columns ({@link LineItemTable}) where the document
 * has one, else, as receipts print them, row by row: the rows between a table header (a row naming at least two of description,
 * quantity, price, amount, in any of the languages) and the first total. A row with text and an
 * amount at its end is an item: its last amount is the line's amount, the one before it the unit
 * price, a plain number before those the quantity. A row of text only continues the description of
 * the item above it.
 */
final class LineItemRules {

	private static final double CONFIDENCE = 0.6;

	/** A plain quantity: a small whole or decimal number standing alone. */
	private static final Pattern QUANTITY = Pattern.compile("(?<![\\p{L}\\p{N}.,])(\\d{1,4}(?:[.,]\\d{1,3})?)(?![\\p{N}.,]?\\d)");

	private static final Pattern LETTER = Pattern.compile("\\p{L}{2,}");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	private final DocumentText text;

	private final Conventions conventions;

	LineItemRules(DocumentText text, Conventions conventions) {
		this.text = text;
		this.conventions = conventions;
	}

	void fill(InvoiceBuilder invoice) {
		List<LineItem> table = new LineItemTable(text, conventions.decimalStyle()).items();
		if (!table.isEmpty()) {
			invoice.lineItems(table);
			return;
		}
		List<LineItem> items = new ArrayList<>();
		boolean inTable = false;
		for (DocumentText.Row row : text.rows()) {
			if (!inTable) {
				inTable = isHeader(row.text());
				continue;
			}
			if (Keywords.SUBTOTAL.matcher(row.text()).find() || Keywords.GRAND_TOTAL.matcher(row.text()).find()
					|| (Keywords.TOTAL.matcher(row.text()).lookingAt())) {
				inTable = false;
				continue;
			}
			int firstNumber = firstNumberLine(row);
			List<FoundAmount> amounts = firstNumber < 0 ? Amounts.find(row.text(), conventions.decimalStyle()) : amountsByLine(row);
			LineItem item = item(row, amounts, firstNumber < 0 ? firstNumberAt(row.text()) : firstNumber);
			if (item != null) {
				items.add(item);
			}
			else if (!items.isEmpty() && LETTER.matcher(row.text()).find() && amounts.isEmpty() && !isHeader(row.text())
					&& wrapsUnder(items.get(items.size() - 1), row)) {
				items.set(items.size() - 1, continued(items.get(items.size() - 1), row));
			}
		}
		if (!items.isEmpty()) {
			invoice.lineItems(items);
		}
	}

	private static boolean isHeader(String row) {
		return Keywords.LINE_ITEM_HEADER.matcher(row).results().count() >= 2;
	}

	private LineItem item(DocumentText.Row row, List<FoundAmount> amounts, int firstNumber) {
		String line = row.text();
		if (amounts.isEmpty()) {
			return null;
		}
		FoundAmount last = amounts.get(amounts.size() - 1);
		if (line.substring(last.end()).replaceAll("[^\\p{L}\\p{N}]", "").length() > 4) {
			return null; // text after the last amount: not a table row
		}
		String description = line.substring(0, firstNumber).strip();
		if (!LETTER.matcher(description).find()) {
			return null;
		}
		Field<BigDecimal> amount = field(row, last);
		Field<BigDecimal> unitPrice = amounts.size() >= 2 ? field(row, amounts.get(amounts.size() - 2)) : null;
		Field<BigDecimal> quantity = quantity(row, firstNumber, amounts.size() >= 2 ? amounts.get(amounts.size() - 2).start() : last.start());
		if (quantity != null && unitPrice != null && quantity.value().compareTo(unitPrice.value()) == 0) {
			quantity = null;
		}
		Field<String> describedAs = Field.of(description, description, CONFIDENCE, FieldSource.RULES,
				row.evidence(0, firstNumber));
		return new LineItem(describedAs, quantity, null, unitPrice, amount, null);
	}

	/**
	 * Where the row's first line of numbers alone starts, when the row's cells are lines of their
	 * own (a text layer splits them at the column gaps, OCR boxes them apart): the lines before it
	 * are the description, however many digits they hold. -1 when the row is one line or has no
	 * such line after its description.
	 */
	private static int firstNumberLine(DocumentText.Row row) {
		for (int i = 1; i < row.lines().size(); i++) {
			int[] span = row.lineSpan(i);
			String cell = row.text().substring(span[0], span[1]);
			if (!LETTER.matcher(cell).find() && DIGIT.matcher(cell).find()) {
				return span[0];
			}
		}
		return -1;
	}

	/**
	 * The amounts of the row found line by line: a quantity and an amount in cells side by side are
	 * never read as one number ("1" and "468,24 €" as 1 468,24).
	 */
	private List<FoundAmount> amountsByLine(DocumentText.Row row) {
		List<FoundAmount> amounts = new ArrayList<>();
		for (int i = 0; i < row.lines().size(); i++) {
			int start = row.lineSpan(i)[0];
			String cell = row.text().substring(start, row.lineSpan(i)[1]);
			for (FoundAmount amount : Amounts.find(cell, conventions.decimalStyle())) {
				amounts.add(new FoundAmount(amount.value(), amount.start() + start, amount.end() + start, amount.currency()));
			}
		}
		return amounts;
	}

	/**
	 * Whether a row of text continues the description of the item above: it starts on the
	 * description's left edge, closer under it than a table's row pitch.
	 */
	private static boolean wrapsUnder(LineItem item, DocumentText.Row row) {
		List<Evidence> above = item.description().evidence();
		Quad last = above.get(above.size() - 1).box();
		Quad first = row.lines().get(0).box();
		float height = Math.max(1, last.height());
		return Math.abs(first.minX() - above.get(0).box().minX()) <= height && first.minY() - last.maxY() <= 0.8f * height;
	}

	/** Where the first number after the description starts (the end of the row when there is none). */
	private static int firstNumberAt(String line) {
		Matcher quantity = QUANTITY.matcher(line);
		while (quantity.find()) {
			// digits inside the description ("A4 paper", "Windows 11") are part of it
			if (quantity.start() > 0 && Character.isWhitespace(line.charAt(quantity.start() - 1))
					&& !LETTER.matcher(line.substring(quantity.end())).lookingAt()) {
				String after = line.substring(quantity.end());
				if (!LETTER.matcher(after).find() || after.replaceAll("[^\\p{L}]", "").length() <= 6) {
					return quantity.start();
				}
			}
		}
		return line.length();
	}

	private Field<BigDecimal> quantity(DocumentText.Row row, int from, int before) {
		Matcher quantity = QUANTITY.matcher(row.text());
		if (quantity.find(from) && quantity.end() <= before) {
			return Amounts.parse(quantity.group(1), conventions.decimalStyle())
				.map(value -> Field.of(value, quantity.group(1), CONFIDENCE, FieldSource.RULES,
						row.evidence(quantity.start(), quantity.end())))
				.orElse(null);
		}
		return null;
	}

	private static Field<BigDecimal> field(DocumentText.Row row, FoundAmount amount) {
		return Field.of(amount.value(), row.text().substring(amount.start(), amount.end()), CONFIDENCE, FieldSource.RULES,
				row.evidence(amount.start(), amount.end()));
	}

	private static LineItem continued(LineItem item, DocumentText.Row row) {
		Field<String> description = item.description();
		String text = description.value() + " " + row.text().strip();
		List<Evidence> evidence = new ArrayList<>(description.evidence());
		evidence.addAll(row.evidence());
		return new LineItem(Field.of(text, text, description.confidence(), FieldSource.RULES, evidence), item.quantity(),
				item.unit(), item.unitPrice(), item.amount(), item.taxRate());
	}

}
