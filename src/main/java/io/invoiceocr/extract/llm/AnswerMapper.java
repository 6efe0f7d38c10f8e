package io.invoiceocr.extract.llm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.DocumentText.Row;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.TaxLine;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.Currencies;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;

/**
 * Turns an answer of the invoice's shape into an {@link Invoice}: amounts, dates and the currency
 * normalised from the text the model copied, each value with the rows it was read from.
 * <p>
 * A value that does not normalise (an amount {@code "twelve"}, a date {@code "31/02/2024"}) is left
 * out and named in the problems, worded so that they can go back to the model for a repair.
 * <p>
 * Evidence is the row the answer cites for a field when it holds the value (narrowed to the OCR
 * lines under it), else the first row holding the value's text; a value found nowhere has none,
 * which tells validation it may be invented.
 */
final class AnswerMapper {

	/** How far a value the model copied and the service could normalise is trusted, before validation. */
	static final double CONFIDENCE = 0.9;

	/** Shorter values (a quantity "2") are found on too many rows to be evidence when no row is cited. */
	private static final int MIN_SEARCH_CHARS = 3;

	private final DocumentText text;

	private final Map<Integer, Row> rows = new HashMap<>();

	private final List<String> problems = new ArrayList<>();

	private DateOrder dateOrder = DateOrder.UNKNOWN;

	private AnswerMapper(DocumentText text) {
		this.text = text;
		text.rows().forEach(row -> rows.put(row.number(), row));
	}

	/** @param answer an answer {@link AnswerReader} accepted */
	static Mapped map(JsonNode answer, DocumentText text) {
		return new AnswerMapper(text).mapAnswer(answer);
	}

	private Mapped mapAnswer(JsonNode answer) {
		Map<InvoiceField, Integer> cited = cited(answer.get(InvoiceAnswerSchema.LINES));
		this.dateOrder = dateOrder(answer);
		InvoiceBuilder builder = new InvoiceBuilder();
		for (InvoiceField field : InvoiceField.values()) {
			String printed = printed(answer, field.path());
			if (printed != null) {
				builder.set(field, field(field, printed, cited.get(field)));
			}
		}
		builder.taxes(taxes(answer.get("taxes")));
		builder.lineItems(lineItems(answer.get("lineItems")));
		return new Mapped(builder.build(), cited, problems);
	}

	private Field<?> field(InvoiceField field, String printed, Integer citedRow) {
		String path = field.path();
		if (field.type() == BigDecimal.class) {
			return amount(path, printed, citedRow, 1);
		}
		if (field.type() == LocalDate.class) {
			return normalised(path, printed, Dates.parse(printed, dateOrder), "a valid date", citedRow, 1);
		}
		return switch (field) {
			case CURRENCY -> normalised(path, printed, Currencies.detect(printed), "a currency", citedRow, 1);
			// Tax ids and IBANs are compared without the spaces they are printed with.
			case VENDOR_TAX_ID, VENDOR_IBAN, CUSTOMER_TAX_ID ->
				text(printed.replaceAll("\\s+", ""), printed, citedRow, 1);
			default -> text(printed.strip(), printed, citedRow, 1);
		};
	}

	private List<TaxLine> taxes(JsonNode taxes) {
		List<TaxLine> lines = new ArrayList<>();
		int from = 1;
		for (int i = 0; taxes != null && i < taxes.size(); i++) {
			JsonNode tax = taxes.get(i);
			String path = "taxes[" + i + "].";
			Field<BigDecimal> rate = percent(path + "rate", printed(tax, "rate"), from);
			Field<BigDecimal> base = amount(path + "base", printed(tax, "base"), null, from);
			Field<BigDecimal> amount = amount(path + "amount", printed(tax, "amount"), null, from);
			if (rate != null || base != null || amount != null) {
				lines.add(new TaxLine(rate, base, amount));
				from = lastRow(from, rate, base, amount);
			}
		}
		return lines;
	}

	private List<LineItem> lineItems(JsonNode items) {
		List<LineItem> lineItems = new ArrayList<>();
		// Items are in the document's order: each is looked for from the row of the one before.
		int from = 1;
		for (int i = 0; items != null && i < items.size(); i++) {
			JsonNode item = items.get(i);
			String path = "lineItems[" + i + "].";
			String description = printed(item, "description");
			Field<String> descriptionField = (description != null)
					? text(description.strip(), description, null, from) : null;
			int itemFrom = lastRow(from, descriptionField);
			String unit = printed(item, "unit");
			LineItem lineItem = new LineItem(descriptionField,
					amount(path + "quantity", printed(item, "quantity"), null, itemFrom),
					unit == null ? null : text(unit.strip(), unit, null, itemFrom),
					amount(path + "unitPrice", printed(item, "unitPrice"), null, itemFrom),
					amount(path + "amount", printed(item, "amount"), null, itemFrom),
					percent(path + "taxRate", printed(item, "taxRate"), itemFrom));
			if (lineItem.description() != null || lineItem.quantity() != null || lineItem.unit() != null
					|| lineItem.unitPrice() != null || lineItem.amount() != null || lineItem.taxRate() != null) {
				lineItems.add(lineItem);
				from = itemFrom;
			}
		}
		return lineItems;
	}

	private Field<String> text(String value, String printed, Integer citedRow, int from) {
		if (value.isEmpty()) {
			return null;
		}
		return Field.of(value, printed, CONFIDENCE, FieldSource.LLM, evidence(printed, citedRow, from));
	}

	private Field<BigDecimal> amount(String path, String printed, Integer citedRow, int from) {
		return printed == null ? null : normalised(path, printed, Amounts.parse(printed), "an amount", citedRow, from);
	}

	/** A rate: percent, printed with or without its sign. */
	private Field<BigDecimal> percent(String path, String printed, int from) {
		return printed == null ? null
				: normalised(path, printed, Amounts.parse(printed.replace("%", "")), "a percentage", null, from);
	}

	private <T> Field<T> normalised(String path, String printed, Optional<T> value, String what, Integer citedRow,
			int from) {
		if (value.isEmpty()) {
			problems.add(path + ": \"" + printed + "\" is not " + what);
			return null;
		}
		return Field.of(value.get(), printed, CONFIDENCE, FieldSource.LLM, evidence(printed, citedRow, from));
	}

	private List<Evidence> evidence(String printed, Integer citedRow, int from) {
		String needle = printed.strip().toLowerCase(Locale.ROOT);
		// An address is answered with its lines joined by ", ": its first line is what one row holds.
		String firstPart = needle.contains(", ") ? needle.substring(0, needle.indexOf(", ")) : needle;
		Row cited = citedRow == null ? null : rows.get(citedRow);
		if (cited != null) {
			return within(cited, needle).or(() -> within(cited, firstPart)).orElse(cited.evidence());
		}
		for (String wanted : List.of(needle, firstPart)) {
			if (wanted.length() >= MIN_SEARCH_CHARS) {
				for (Row row : text.rows()) {
					if (row.number() >= from) {
						Optional<List<Evidence>> found = within(row, wanted);
						if (found.isPresent()) {
							return found.get();
						}
					}
				}
			}
		}
		return List.of();
	}

	private static Optional<List<Evidence>> within(Row row, String wanted) {
		int at = row.text().toLowerCase(Locale.ROOT).indexOf(wanted);
		return at < 0 || wanted.isEmpty() ? Optional.empty() : Optional.of(row.evidence(at, at + wanted.length()));
	}

	/** The row after which the next list element is looked for: the last row these values were found on. */
	private int lastRow(int from, Field<?>... fields) {
		int last = from;
		for (Field<?> field : fields) {
			if (field != null && field.grounded()) {
				Evidence first = field.evidence().get(0);
				last = Math.max(last, rowOf(first, last));
			}
		}
		return last;
	}

	private int rowOf(Evidence evidence, int fallback) {
		for (Row row : text.rows()) {
			if (row.page() == evidence.page()
					&& row.lines().stream().anyMatch(line -> line.index() == evidence.line())) {
				return row.number();
			}
		}
		return fallback;
	}

	/** The rows the answer cites, for the fields the schema knows and rows the document has. */
	private Map<InvoiceField, Integer> cited(JsonNode lines) {
		Map<InvoiceField, Integer> cited = new EnumMap<>(InvoiceField.class);
		if (lines == null || !lines.isObject()) {
			return cited;
		}
		Map<String, InvoiceField> byPath = new HashMap<>();
		for (InvoiceField field : InvoiceField.values()) {
			byPath.put(field.path(), field);
		}
		// Citations only point at evidence: one that names no field or no row is dropped, not refused.
		for (Map.Entry<String, JsonNode> entry : lines.properties()) {
			InvoiceField field = byPath.get(entry.getKey());
			Integer row = rowNumber(entry.getValue());
			if (field != null && row != null && rows.containsKey(row)) {
				cited.put(field, row);
			}
		}
		return cited;
	}

	private static Integer rowNumber(JsonNode node) {
		if (node.isIntegralNumber() && node.canConvertToInt()) {
			return node.intValue();
		}
		if (node.isString() && node.stringValue().strip().matches("\\d{1,9}")) {
			return Integer.valueOf(node.stringValue().strip());
		}
		return null;
	}

	/**
	 * The order of day and month for dates valid both ways round ({@code 04/05/2018}): the one of
	 * the invoice's currency where it tells (month first for US dollars), else the normaliser's
	 * default.
	 */
	private static DateOrder dateOrder(JsonNode answer) {
		String currency = printed(answer, "currency");
		String printedAmount = (currency != null) ? currency : printed(answer, "total");
		return Dates.orderFor(printedAmount == null ? null : Currencies.detect(printedAmount).orElse(null));
	}

	/** The value at a dotted path as the model wrote it; null when absent, null or blank. */
	private static String printed(JsonNode node, String path) {
		JsonNode at = node;
		for (String key : path.split("\\.")) {
			at = at == null ? null : at.get(key);
		}
		if (!AnswerReader.present(at) || !AnswerReader.scalar(at)) {
			return null;
		}
		String value = at.asString();
		return value.isBlank() ? null : value;
	}

	/**
	 * @param invoice   the answer's values that normalised
	 * @param rowsCited the row the answer cites per field, for rows the document has
	 * @param problems  values left out and why, to send back for a repair
	 */
	record Mapped(Invoice invoice, Map<InvoiceField, Integer> rowsCited, List<String> problems) {

		Mapped {
			rowsCited = Collections.unmodifiableMap(new EnumMap<>(rowsCited));
			problems = List.copyOf(problems);
		}

	}

}
