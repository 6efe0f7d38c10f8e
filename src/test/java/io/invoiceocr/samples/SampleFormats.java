package io.invoiceocr.samples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates, amounts and quantities the way each sample's language prints them. */
final class SampleFormats {

	static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	static final DateTimeFormatter DE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	static final DateTimeFormatter MY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	static final DecimalFormat EN_AMOUNT = amountFormat(',', '.');
	static final DecimalFormat DE_AMOUNT = amountFormat('.', ',');
	static final DecimalFormat FR_AMOUNT = amountFormat(' ', ',');
	static final DecimalFormat MY_AMOUNT = amountFormat(',', '.');

	private SampleFormats() {
	}

	/** Built from explicit symbols: locale data (e.g. the French grouping space) differs between JDKs. */
	private static DecimalFormat amountFormat(char grouping, char decimal) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(grouping);
		symbols.setDecimalSeparator(decimal);
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.UNNECESSARY); // amounts are already rounded to cents
		return format;
	}

	static String quantity(BigDecimal quantity, char decimal) {
		return quantity.stripTrailingZeros().toPlainString().replace('.', decimal);
	}

}
