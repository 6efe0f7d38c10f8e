package io.invoiceocr.extract.table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.DecimalStyle;
import io.invoiceocr.extract.normalize.FoundPercent;

/**
 * The numbers of one table row, each read from the column it stands in. Quantity times unit price
 * is the line's amount: when the figures under "price" and "amount" only add up the other way
 * round, they are taken the other way round, and when a row has two amount columns (net and
 * gross), the one the product gives is the line's.
 */
record RowValues(Field<BigDecimal> quantity, Field<String> unit, Field<BigDecimal> unitPrice, Field<BigDecimal> amount,
		Field<BigDecimal> taxRate) {

	static RowValues of(List<Cell> cells, DecimalStyle style) {
		Field<BigDecimal> quantity = null;
		Field<String> unit = null;
		Field<BigDecimal> unitPrice = null;
		Field<BigDecimal> taxRate = null;
		List<Field<BigDecimal>> amounts = new java.util.ArrayList<>();
		boolean amountColumn = false;
		for (Cell cell : cells) {
			if (cell.isEmpty()) {
				amountColumn |= cell.column().kind() == ColumnKind.AMOUNT;
				continue;
			}
			switch (cell.column().kind()) {
				case QUANTITY -> {
					if (quantity == null) {
						quantity = cell.number(style);
						unit = unitOf(cell);
					}
				}
				case UNIT -> unit = unit == null && cell.hasLetters() ? text(cell) : unit;
				case UNIT_PRICE -> {
					List<Field<BigDecimal>> found = cell.amounts(style);
					if (unitPrice == null && !found.isEmpty()) {
						unitPrice = found.get(0);
					}
				}
				case AMOUNT -> {
					amountColumn = true;
					List<Field<BigDecimal>> found = cell.amounts(style);
					if (!found.isEmpty()) {
						amounts.add(found.get(found.size() - 1));
					}
				}
				case TAX_RATE -> taxRate = taxRate == null ? percent(cell) : taxRate;
				default -> {
				}
			}
		}
		Field<BigDecimal> amount = amounts.isEmpty() ? null : amounts.get(amounts.size() - 1);
		for (Field<BigDecimal> candidate : amounts) {
			if (product(quantity, unitPrice, candidate)) {
				amount = candidate;
			}
		}
		if (amount == null && !amountColumn && unitPrice != null) {
			amount = unitPrice; // a table of prices only: the price is the line's
		}
		if (amount != null && unitPrice != null && quantity != null && !product(quantity, unitPrice, amount)
				&& product(quantity, amount, unitPrice)) {
			Field<BigDecimal> swap = amount;
			amount = unitPrice;
			unitPrice = swap;
		}
		return new RowValues(quantity, unit, unitPrice, amount, taxRate);
	}

	boolean isEmpty() {
		return quantity == null && unitPrice == null && amount == null;
	}

	/** Whether quantity times price gives the amount, to the cent or half a percent. */
	static boolean product(Field<BigDecimal> quantity, Field<BigDecimal> price, Field<BigDecimal> amount) {
		if (quantity == null || price == null || amount == null) {
			return false;
		}
		BigDecimal product = quantity.value().multiply(price.value()).setScale(2, RoundingMode.HALF_UP);
		BigDecimal tolerance = amount.value().abs().multiply(new BigDecimal("0.005")).max(new BigDecimal("0.011"));
		return product.subtract(amount.value()).abs().compareTo(tolerance) <= 0;
	}

	private static Field<String> unitOf(Cell cell) {
		String letters = cell.text().replaceAll("[^\\p{L}.²³]", "").strip();
		return letters.isEmpty() || !cell.hasLetters() ? null
				: Field.of(letters, letters, Cell.CONFIDENCE, FieldSource.RULES, cell.evidence());
	}

	private static Field<String> text(Cell cell) {
		String text = cell.text().strip();
		return Field.of(text, text, Cell.CONFIDENCE, FieldSource.RULES, cell.evidence());
	}

	private static Field<BigDecimal> percent(Cell cell) {
		List<FoundPercent> found = Amounts.findPercents(cell.text());
		if (found.isEmpty()) {
			return null;
		}
		FoundPercent rate = found.get(0);
		return Field.of(rate.rate(), cell.text().substring(rate.start(), rate.end()), Cell.CONFIDENCE, FieldSource.RULES,
				cell.evidence(rate.start(), rate.end()));
	}

}
