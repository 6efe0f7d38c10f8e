package io.invoiceocr.extract.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.layout.BlockLine;
import io.invoiceocr.ocr.TextLine;

/**
 * A party printed as a form under its cue: a column of labels ("Name:", "Anschrift:", "USt-IdNr.:")
 * with the values beside them, an address's further lines under its first, with no label.
 */
final class FormParty {

	private static final Pattern NAME_LABEL = Pattern.compile("(?i)^(?:name|firma|company|company\\s*name|nom|raison\\s*sociale|naam"
			+ "|bedrijfsnaam|nombre|raz[óo]n\\s*social|ragione\\s*sociale|nazwa|nama)\\s*:?$");

	private static final Pattern ADDRESS_LABEL = Pattern.compile("(?i)^(?:anschrift|adresse|address|adres|direcci[óo]n|domicilio"
			+ "|indirizzo|adres|alamat|stra(?:ß|ss)e|street)\\s*:?$");

	/** Rows a form may run to under its cue. */
	private static final int MAX_ROWS = 12;

	/** A gap between two rows wider than this many print heights ends the form. */
	private static final float GAP_EM = 2.5f;

	private FormParty() {
	}

	/** The party in the labelled rows under the cue printed on {@code cue}, if they hold a name. */
	static Optional<BlockParty> under(DocumentText text, BlockLine cue) {
		List<DocumentText.Row> rows = text.rowsOfPage(cue.page());
		int at = 0;
		while (at < rows.size() && rows.get(at).lines().stream().noneMatch(cue::contains)) {
			at++;
		}
		List<BlockLine> name = List.of();
		List<BlockLine> address = new ArrayList<>();
		List<BlockLine> lines = new ArrayList<>();
		boolean inAddress = false;
		float previousBottom = cue.bottom();
		for (DocumentText.Row row : rows.subList(Math.min(rows.size(), at + 1), Math.min(rows.size(), at + 1 + MAX_ROWS))) {
			TextLine first = row.lines().get(0);
			if (first.box().minY() - previousBottom > GAP_EM * cue.height() || PartyCues.of(first.text()).isPresent()) {
				break;
			}
			previousBottom = first.box().maxY();
			boolean labelled = first.text().strip().endsWith(":") && first.box().minX() <= cue.left() + cue.height();
			List<BlockLine> values = row.lines().stream().skip(labelled ? 1 : 0).map(line -> new BlockLine(List.of(line))).toList();
			if (values.isEmpty() || !labelled && !inAddress) {
				inAddress = false;
				continue;
			}
			lines.addAll(values);
			String label = labelled ? first.text().strip() : "";
			if (NAME_LABEL.matcher(label).matches()) {
				name = values;
			}
			inAddress = ADDRESS_LABEL.matcher(label).matches() || !labelled && inAddress;
			if (inAddress) {
				address.addAll(values);
			}
		}
		return name.isEmpty() ? Optional.empty() : Optional.of(new BlockParty(name, address, lines));
	}

}
