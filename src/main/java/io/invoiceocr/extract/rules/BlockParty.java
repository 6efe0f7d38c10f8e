package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.layout.BlockLine;
import io.invoiceocr.ocr.TextLine;

/**
 * A party as its block prints it: the name on the first line (with the legal form or the
 * parenthesis it wraps onto), the address in the lines after it, and the lines of contact details,
 * tax and registration numbers, which belong to the party but to neither field.
 *
 * @param name    the name's lines
 * @param address the address's lines, in print order
 * @param lines   every line of the party's block, for what else it holds (its tax id, its e-mail)
 */
record BlockParty(List<BlockLine> name, List<BlockLine> address, List<BlockLine> lines) {

	/** A line that finishes the name on the line above: "Limited", "(haftungsbeschränkt)". */
	private static final Pattern NAME_CONTINUATION = Pattern.compile("\\(\\D*\\)|\\(\\D*");

	/**
	 * A salutation on a line of its own, as letters address a person or a firm ("Herrn", "Frau",
	 * "Firma", "Mr"): the name goes on under it.
	 */
	private static final Pattern SALUTATION = Pattern.compile("(?i)(?:herrn?|frau|firma|mr|mrs|ms|miss|monsieur|madame|mme|m"
			+ "|messrs|dhr|mevr|sr|sra|pan|pani)\\.?");

	private static final Pattern DIGIT = Pattern.compile("\\d");

	BlockParty {
		name = List.copyOf(name);
		address = List.copyOf(address);
		lines = List.copyOf(lines);
	}

	/**
	 * The party printed in {@code lines}, whose first line must read as a name; empty when it does
	 * not or when nothing of the lines reads as a party.
	 */
	static Optional<BlockParty> read(List<BlockLine> lines) {
		int first = 0;
		// a customer number or a GLN may head the party's block, above its name
		while (first < lines.size() - 1 && isNumberDetail(lines.get(first).text())) {
			first++;
		}
		if (first == lines.size() || !readsAsName(lines.get(first).text())) {
			return Optional.empty();
		}
		List<BlockLine> name = new ArrayList<>(List.of(lines.get(first)));
		int next = first + 1;
		if (SALUTATION.matcher(lines.get(first).text().strip()).matches() && next < lines.size()
				&& readsAsName(lines.get(next).text())) {
			name.add(lines.get(next++));
		}
		while (next < lines.size() && continuesName(lines.get(next).text())) {
			name.add(lines.get(next++));
		}
		List<BlockLine> taken = new ArrayList<>(lines.subList(0, first));
		taken.addAll(name);
		return Optional.of(new BlockParty(name, List.of(), taken).withDetails(lines.subList(next, lines.size())));
	}

	private static boolean isNumberDetail(String line) {
		PartyLineKind kind = PartyLineKind.of(line);
		return kind == PartyLineKind.NUMBER || kind == PartyLineKind.IDENTIFIER;
	}

	/**
	 * The same party with the lines of {@code details} added: its own lines after the name, or a
	 * block printed beside or under the name's that holds the address.
	 */
	BlockParty withDetails(List<BlockLine> details) {
		List<BlockLine> address = new ArrayList<>(this.address);
		List<BlockLine> taken = new ArrayList<>(lines);
		for (BlockLine line : details) {
			PartyLineKind kind = PartyLineKind.of(line.text());
			if (kind == PartyLineKind.LABEL || PartyCues.of(line.text()).isPresent()) {
				break;
			}
			if (kind == PartyLineKind.TEXT) {
				address.add(line);
			}
			taken.add(line);
		}
		return new BlockParty(name, address, taken);
	}

	/** A name is no label: a line ending in a colon labels the value beside or under it. */
	static boolean readsAsName(String line) {
		return PartyLineKind.of(line) == PartyLineKind.TEXT && !line.strip().endsWith(":") && PartyCues.of(line).isEmpty()
				&& !Keywords.NOT_ADDRESS.matcher(line).lookingAt();
	}

	private static boolean continuesName(String line) {
		String text = line.strip();
		return NAME_CONTINUATION.matcher(text).matches()
				|| Keywords.COMPANY.matcher(text).matches() && (!text.contains(" ") || text.length() <= 12);
	}

	/** Whether the address reads as one: a house number or a postcode somewhere in it. */
	boolean hasAddress() {
		return address.stream().anyMatch(line -> DIGIT.matcher(line.text()).find());
	}

	String nameText() {
		return String.join(" ", name.stream().map(BlockLine::text).toList());
	}

	Field<String> nameField(double confidence) {
		return Field.of(nameText(), nameText(), confidence, FieldSource.RULES, evidence(name));
	}

	Optional<Field<String>> addressField(double confidence) {
		if (!hasAddress()) {
			return Optional.empty();
		}
		String text = String.join(", ", address.stream().map(BlockLine::text).toList());
		return Optional.of(Field.of(text, text, confidence, FieldSource.RULES, evidence(address)));
	}

	List<TextLine> textLines() {
		return lines.stream().flatMap(line -> line.parts().stream()).toList();
	}

	private static List<Evidence> evidence(List<BlockLine> lines) {
		return lines.stream()
			.flatMap(line -> line.parts().stream())
			.map(part -> new Evidence(part.page(), part.index(), part.box(), part.text()))
			.toList();
	}

}
