package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;
import io.invoiceocr.extract.normalize.Identifiers;
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

	/** Rows an address may span. */
	private static final int ADDRESS_ROWS = 6;

	/**
	 * Lines of a row closer than this many print heights are one block: OCR boxes the words of one
	 * name apart with gaps of about a letter's height; blocks side by side stand several heights apart.
	 */
	private static final float NAME_GAP_EM = 1.0f;

	/** Tax-id or date rows passed over between a vendor's name and its address. */
	private static final int MAX_SKIPPED = 2;


	/** Separators of a sender line ("ACME GmbH · Main Street 1 · 12345 Berlin"). */
	private static final Pattern SENDER_SEPARATOR = Pattern.compile("\\s*(?:[·•|]|\\s-\\s|\\s–\\s)\\s*");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	private static final Pattern DIGIT = Pattern.compile("\\d");

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

	/** A receipt's running number before the shop's name: "#000002 BAIFU (M) Sdn Bhd". */
	private static final Pattern LEADING_NUMBER = Pattern.compile("^#\\d+\\s+");

	/** A phone or fax number labelled by its initial: "T: 03-2093 7358". */
	private static final Pattern INITIAL_LABEL = Pattern.compile("(?<![\\p{L}])[TF]\\s*:\\s*[+\\d(]");

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

	/** The name without the registration number or running number printed with it. */
	private static Candidate<String> cleaned(Candidate<String> name) {
		String value = LEADING_NUMBER.matcher(REGISTRATION_NUMBER.matcher(name.value()).replaceAll("")).replaceAll("");
		value = value.replaceAll("[\\s,;:]+$", "").strip();
		if (value.isEmpty() || value.equals(name.value())) {
			return name;
		}
		return new Candidate<>(value, name.text(), name.row(), name.start(), name.end(), name.confidence());
	}

	/**
	 * Where a row's text ends before a document title printed at its end with other text before
	 * it; the row's length when there is none.
	 */
	private static int endBeforeTitle(String row) {
		Matcher title = Keywords.DOCUMENT_TITLE.matcher(row);
		int end = row.length();
		while (title.find()) {
			boolean atEnd = row.substring(title.end()).isBlank();
			if (atEnd && title.start() > 0 && !row.substring(0, title.start()).isBlank()) {
				end = title.start();
			}
		}
		return end;
	}

	/**
	 * The stretch of the row the name with its legal form at {@code at} can take, as {@code {start,
	 * end}}: the row's block holding it, since blocks printed side by side (a logo's initials, the
	 * address beside the name) stand apart by more than a word space; with the line before it when
	 * the legal form stands alone in its block (OCR boxed "GmbH" far from the words it follows).
	 */
	private static int[] nameBlock(DocumentText.Row row, int at, int limit) {
		int[] line = row.blockAround(at, NAME_GAP_EM);
		int start = line[0];
		String before = row.text().substring(start, at);
		if (LETTER.matcher(before).results().count() < 3 && start > 0) {
			start = row.lineAround(start - 2)[0];
		}
		return new int[] { start, Math.min(limit, line[1]) };
	}

	/**
	 * The piece of a sender line between {@code from} and {@code limit} that holds the name (the
	 * part around {@code at}).
	 */
	private static Candidate<String> part(DocumentText.Row row, int at, int from, int limit, double confidence) {
		Matcher separator = SENDER_SEPARATOR.matcher(row.text()).region(from, limit);
		int start = from;
		int end = limit;
		while (separator.find()) {
			if (separator.end() <= at) {
				start = separator.end();
			}
			else if (separator.start() >= at) {
				end = separator.start();
				break;
			}
		}
		// the evidence is the text of the name, not the gap to the next column
		while (end > start && Character.isWhitespace(row.text().charAt(end - 1))) {
			end--;
		}
		while (start < end && Character.isWhitespace(row.text().charAt(start))) {
			start++;
		}
		String name = row.text().substring(start, end);
		return new Candidate<>(name, name, row, start, end, confidence);
	}

	private static boolean plausibleName(String printed) {
		// a registration number printed with the name says nothing about the name itself
		String row = REGISTRATION_NUMBER.matcher(printed).replaceAll("").strip();
		long letters = LETTER.matcher(row).results().count();
		return letters >= 3 && letters * 2 >= row.replace(" ", "").length() && !Keywords.DOCUMENT_TITLE.matcher(row).matches()
				&& !startsWithTitle(row) && !Keywords.NOT_ADDRESS.matcher(row).find() && !Keywords.CUSTOMER.matcher(row).find();
	}

	private static boolean startsWithTitle(String row) {
		Matcher title = Keywords.DOCUMENT_TITLE.matcher(row);
		return title.lookingAt() && row.substring(title.end()).replaceAll("[^\\p{L}]", "").length() < 3;
	}

	/** The height of the row's print: PDF points for a text layer, pixels for OCR. */
	private static float printSize(DocumentText.Row row) {
		return (float) row.lines().stream().mapToDouble(line -> line.box().height()).max().orElse(0);
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
		String afterName = SENDER_SEPARATOR.splitAsStream(nameRow.text()).skip(1).collect(Collectors.joining(", "));
		if (DIGIT.matcher(afterName).find()) {
			parts.add(afterName);
			evidence.add(nameRow.evidence());
		}
		else {
			int skipped = 0;
			for (int i = page.indexOf(nameRow) + 1; i < page.size() && parts.size() < ADDRESS_ROWS; i++) {
				DocumentText.Row row = page.get(i);
				String line = REGISTRATION_NUMBER.matcher(row.text()).replaceAll("").replaceAll("^[\\s,;:]+|[\\s,;:]+$", "");
				boolean dateRow = !Dates.find(line, DateOrder.UNKNOWN).isEmpty() && !Keywords.NOT_ADDRESS.matcher(line).find();
				boolean idRow = Keywords.TAX_ID_LABEL.matcher(line).find() || !Identifiers.vatIds(line).isEmpty();
				if (REGISTRATION.matcher(row.text().strip()).matches() || line.isEmpty()
						|| parts.isEmpty() && (dateRow || idRow) && ++skipped <= MAX_SKIPPED) {
					continue; // printed between the name and the address
				}
				if (customerRows.contains(row) || Keywords.NOT_ADDRESS.matcher(line).find() || INITIAL_LABEL.matcher(line).find()
						|| Keywords.DOCUMENT_TITLE.matcher(line).lookingAt() || !LETTER.matcher(line).find() || dateRow) {
					break;
				}
				parts.add(line);
				evidence.add(row.evidence());
			}
		}
		// rows between the name and the address proper: a branch name, "formerly known as ..."
		int start = 0;
		while (start < parts.size() - 1 && start < 2 && !DIGIT.matcher(parts.get(start)).find()
				&& parts.subList(start + 1, parts.size()).stream().anyMatch(part -> DIGIT.matcher(part).find())) {
			start++;
		}
		String address = String.join(", ", parts.subList(start, parts.size()));
		if (!DIGIT.matcher(address).find()) {
			return Optional.empty();
		}
		return Optional.of(Field.of(address, address, 0.6, FieldSource.RULES,
				evidence.subList(start, evidence.size()).stream().flatMap(List::stream).toList()));
	}

}
