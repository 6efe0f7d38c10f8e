package io.invoiceocr.extract.rules;

import static io.invoiceocr.extract.rules.VendorNameParts.cleaned;
import static io.invoiceocr.extract.rules.VendorNameParts.endBeforeTitle;
import static io.invoiceocr.extract.rules.VendorNameParts.nameBlock;
import static io.invoiceocr.extract.rules.VendorNameParts.part;
import static io.invoiceocr.extract.rules.VendorNameParts.plausibleName;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.ocr.TextLine;

/**
 * The vendor's name and address, from the head of the first page: the name is the first row there
 * with a legal form (Sdn Bhd, GmbH, Ltd), else the row in the largest print, else the first row
 * that reads as a name; the address is the rows under the name up to the first phone, tax or
 * registration row, past a registration number or tax id printed between the two.
 */
final class VendorRules {

	/** Rows of the first page the vendor's name is looked for in. */
	private static final int HEADER_ROWS = 12;

	/** Separators of a sender line ("ACME GmbH · Main Street 1 · 12345 Berlin"). */
	static final Pattern SENDER_SEPARATOR = Pattern.compile("\\s*(?:[·•|]|\\s-\\s|\\s–\\s)\\s*");

	static final Pattern LETTER = Pattern.compile("\\p{L}");

	static final Pattern DIGIT = Pattern.compile("\\d");

	/** A company registration number on its own row, e.g. "(CO. REG: 123456-A)" or "(860671-D)". */
	static final Pattern REGISTRATION = Pattern.compile("^\\(?\\s*(?:co\\.?\\s*)?(?:reg(?:istration)?\\.?\\s*)?(?:no\\.?)?"
			+ "[\\s.:]*[a-z]{0,3}\\d[\\d\\s-]{3,}[a-z]?\\s*\\)?$", Pattern.CASE_INSENSITIVE);

	/**
	 * A company registration number printed beside a name or an address: "(519537-X)",
	 * "(CO. REG: 123456-A)", "ROC No.: (1072825-A)".
	 */
	static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\((?:[^()]*?)\\d{4,}[-\\s]?[A-Z]?\\s*\\)"
			+ "|(?:co|roc|reg)\\.?[\\s.:-]*(?:re?g|no|rfg)?\\.?[\\s.:-]*\\(?[A-Z]{0,2}\\d{4,}[-\\s]?[A-Z]\\)?(?![\\p{L}\\p{N}])",
			Pattern.CASE_INSENSITIVE);

	private final DocumentText text;

	VendorRules(DocumentText text) {
		this.text = text;
	}

	/**
	 * The vendor's name, from the head of the first page.
	 *
	 * @param customerLines lines of the customer's block, which never hold the vendor's name
	 */
	Optional<Candidate<String>> name(Set<TextLine> customerLines) {
		List<DocumentText.Row> header = text.rowsOfPage(1)
			.stream()
			.limit(HEADER_ROWS)
			.filter(row -> !customerLines.containsAll(row.lines()))
			.toList();
		for (int i = 0; i < header.size(); i++) {
			DocumentText.Row row = header.get(i);
			// the title printed level with the name ("ACME GmbH        INVOICE") is no part of it
			int end = endBeforeTitle(row.text());
			String printed = row.text().substring(0, end);
			Matcher company = Keywords.COMPANY.matcher(printed);
			boolean found = company.find();
			while (found && customerLines.contains(row.lineAt(company.start()))) {
				found = company.find();
			}
			if (found && plausibleName(printed)) {
				int[] block = nameBlock(row, company.start(), end);
				Candidate<String> name = cleaned(part(row, company.start(), block[0], block[1], 0.7));
				// "LIAN CHI PU TIAN VEGETARIAN / RESTAURANT SDN BHD": a legal form that opens its row
				// finishes the name begun on the row above
				if (company.start() == 0 && i > 0 && plausibleName(header.get(i - 1).text())
						&& !Keywords.COMPANY.matcher(header.get(i - 1).text()).find()) {
					String joined = header.get(i - 1).text().strip() + " " + name.value();
					return Optional.of(new Candidate<>(joined, joined, row, name.start(), name.end(), 0.65));
				}
				return Optional.of(name);
			}
		}
		Optional<DocumentText.Row> largest = header.stream()
			.limit(HEADER_ROWS / 2)
			.filter(row -> plausibleName(row.text()))
			.max((a, b) -> Float.compare(printSize(a), printSize(b)));
		Optional<DocumentText.Row> first = header.stream().filter(row -> plausibleName(row.text())).findFirst();
		if (largest.isPresent() && first.isPresent() && printSize(largest.get()) > 1.2f * printSize(first.get())) {
			return Optional.of(cleaned(part(largest.get(), 0, 0, largest.get().text().length(), 0.6)));
		}
		return first.map(row -> cleaned(part(row, 0, 0, row.text().length(), 0.5)));
	}

	/** The height of the row's print: PDF points for a text layer, pixels for OCR. */
	private static float printSize(DocumentText.Row row) {
		return (float) row.lines().stream().mapToDouble(line -> line.box().height()).max().orElse(0);
	}

	/**
	 * The address printed after the vendor's name (see {@link VendorAddressRules}).
	 *
	 * @param customerRows rows the customer's block took, which are no part of the vendor's address
	 */
	Optional<Field<String>> address(DocumentText.Row nameRow, Set<DocumentText.Row> customerRows) {
		return new VendorAddressRules(text).address(nameRow, customerRows);
	}

}
