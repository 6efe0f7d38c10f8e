package io.invoiceocr.extract.table;

/** What a column of a line-item table holds. */
enum ColumnKind {

	DESCRIPTION, CODE, POSITION, QUANTITY, UNIT, UNIT_PRICE, DISCOUNT, TAX_RATE, TAX_AMOUNT, AMOUNT,

	/** A header cell no label names (misread, or a label this reader does not know). */
	OTHER;

	/** Whether the column's cells are numbers an item is read from. */
	boolean numeric() {
		return this == QUANTITY || this == UNIT_PRICE || this == AMOUNT || this == DISCOUNT || this == TAX_RATE
				|| this == TAX_AMOUNT;
	}

}
