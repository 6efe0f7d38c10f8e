package io.invoiceocr.extract.normalize;

/**
 * The order of day and month in a document's numeric dates, used only where both readings of a
 * date such as {@code 04/05/2018} are valid.
 */
public enum DateOrder {

	/** Day before month ({@code 25/12/2018}), as most of the world writes it. */
	DAY_FIRST,

	/** Month before day ({@code 12/25/2018}), as the United States writes it. */
	MONTH_FIRST,

	/** Not known: read as {@link #DAY_FIRST}, the more common convention. */
	UNKNOWN

}
