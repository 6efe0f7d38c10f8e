package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;
import io.invoiceocr.extract.normalize.Identifiers;

/**
 * The vendor's address: the rows under its name up to the first phone, tax or registration row,
 * past a registration number or tax id printed between the two, or the rest of a sender line.
 */
final class VendorAddressRules {

	/** Rows an address may span. */
	private static final int ADDRESS_ROWS = 6;

	/** Tax-id or date rows passed over between a vendor's name and its address. */
	private static final int MAX_SKIPPED = 2;

	/** A phone or fax number labelled by its initial: "T: 03-2093 7358". */
	private static final Pattern INITIAL_LABEL = Pattern.compile("(?<![\\p{L}])[TF]\\s*:\\s*[+\\d(]");

	private final DocumentText text;

	VendorAddressRules(DocumentText text) {
		this.text = text;
	}

	/**
	 * The address printed after the vendor's name in the rows under it (or on its sender line), for
	 * pages whose layout sets no block apart for it.
	 *
	 * @param customerRows rows the customer's block took, which are no part of the vendor's address
	 */
	Optional<Field<String>> address(DocumentText.Row nameRow, Set<DocumentText.Row> customerRows) {
		List<DocumentText.Row> page = text.rowsOfPage(nameRow.page());
		List<String> parts = new ArrayList<>();
		List<List<Evidence>> evidence = new ArrayList<>();
		// a sender line carries the address after the name
		String afterName = VendorRules.SENDER_SEPARATOR.splitAsStream(nameRow.text()).skip(1).collect(Collectors.joining(", "));
		if (VendorRules.DIGIT.matcher(afterName).find()) {
			parts.add(afterName);
			evidence.add(nameRow.evidence());
		}
		else {
			int skipped = 0;
			for (int i = page.indexOf(nameRow) + 1; i < page.size() && parts.size() < ADDRESS_ROWS; i++) {
				DocumentText.Row row = page.get(i);
				String line = VendorRules.REGISTRATION_NUMBER.matcher(row.text()).replaceAll("").replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
				boolean dateRow = !Dates.find(line, DateOrder.UNKNOWN).isEmpty() && !Keywords.NOT_ADDRESS.matcher(line).find();
				boolean idRow = Keywords.TAX_ID_LABEL.matcher(line).find() || !Identifiers.vatIds(line).isEmpty();
				if (VendorRules.REGISTRATION.matcher(row.text().strip()).matches() || line.isEmpty()
						|| parts.isEmpty() && (dateRow || idRow) && ++skipped <= MAX_SKIPPED) {
					continue; // printed between the name and the address
				}
				if (customerRows.contains(row) || Keywords.NOT_ADDRESS.matcher(line).find() || INITIAL_LABEL.matcher(line).find()
						|| Keywords.DOCUMENT_TITLE.matcher(line).lookingAt() || !VendorRules.LETTER.matcher(line).find() || dateRow) {
					break;
				}
				parts.add(line);
				evidence.add(row.evidence());
			}
		}
		// rows between the name and the address proper: a branch name, "formerly known as ..."
		int start = 0;
		while (start < parts.size() - 1 && start < 2 && !VendorRules.DIGIT.matcher(parts.get(start)).find()
				&& parts.subList(start + 1, parts.size()).stream().anyMatch(part -> VendorRules.DIGIT.matcher(part).find())) {
			start++;
		}
		String address = String.join(", ", parts.subList(start, parts.size()));
		if (!VendorRules.DIGIT.matcher(address).find()) {
			return Optional.empty();
		}
		return Optional.of(Field.of(address, address, 0.6, FieldSource.RULES,
				evidence.subList(start, evidence.size()).stream().flatMap(List::stream).toList()));
	}

}
