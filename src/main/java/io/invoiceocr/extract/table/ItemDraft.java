package io.invoiceocr.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.LineItem;

/** An item being read from the rows of a table: its description lines and its values so far. */
final class ItemDraft {

	private final List<String> lines = new ArrayList<>();

	private final List<Evidence> evidence = new ArrayList<>();

	private Field<BigDecimal> quantity;

	private Field<String> unit;

	private Field<BigDecimal> unitPrice;

	private Field<BigDecimal> amount;

	private Field<BigDecimal> taxRate;

	/** The bottom of the item's lowest row so far, and the height of its print. */
	private float bottom;

	private float height;

	ItemDraft(Cell description, RowValues values, float bottom, float height) {
		describe(description, bottom);
		this.height = height;
		fill(values, bottom);
	}

	/** Whether a row whose top is at {@code top} follows this item closely, as its own next line does. */
	boolean closeAbove(float top) {
		return top - bottom <= 0.8f * height;
	}

	boolean hasAmount() {
		return amount != null;
	}

	/**
	 * Whether {@code values} hold only what this item still lacks, its amount among them: a
	 * description's second line that carries the amount the first line's row left out.
	 */
	boolean completedBy(RowValues values) {
		return amount == null && values.amount() != null && (values.quantity() == null || quantity == null)
				&& (values.unitPrice() == null || unitPrice == null);
	}

	void describe(Cell description, float rowBottom) {
		if (description != null && !description.isEmpty()) {
			lines.add(description.text().strip());
			for (Evidence line : description.evidence()) {
				if (!evidence.contains(line)) {
					evidence.add(line);
				}
			}
		}
		bottom = Math.max(bottom, rowBottom);
	}

	/** Takes the values this item has none of yet. */
	void fill(RowValues values, float rowBottom) {
		quantity = quantity != null ? quantity : values.quantity();
		unit = unit != null ? unit : values.unit();
		unitPrice = unitPrice != null ? unitPrice : values.unitPrice();
		amount = amount != null ? amount : values.amount();
		taxRate = taxRate != null ? taxRate : values.taxRate();
		bottom = Math.max(bottom, rowBottom);
	}

	/**
	 * The item, or null without a description or an amount, or without both quantity and price
	 * in a table that has columns for them (a note level with a total below the table is no item).
	 */
	LineItem item(boolean priced) {
		String description = String.join(" ", lines).strip();
		if (description.isEmpty() || amount == null || (priced && quantity == null && unitPrice == null)) {
			return null;
		}
		return new LineItem(Field.of(description, description, Cell.CONFIDENCE, FieldSource.RULES, evidence), quantity, unit,
				unitPrice, amount, taxRate);
	}

}
