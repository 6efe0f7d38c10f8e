package io.invoiceocr.extract.table;

/**
 * A column of a line-item table as its header names and places it.
 *
 * @param kind  what its cells hold
 * @param label the header's text
 * @param minX  the header cell's left edge
 * @param maxX  the header cell's right edge
 */
record Column(ColumnKind kind, String label, float minX, float maxX) {

	float centre() {
		return (minX + maxX) / 2;
	}

	Column as(ColumnKind other) {
		return new Column(other, label, minX, maxX);
	}

}
