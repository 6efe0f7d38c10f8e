package io.invoiceocr.extract.rules;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.ocr.TextLine;

/**
 * The vendor's and the customer's names and addresses, read from the blocks of the first page:
 * a block under a cue is that party's; without a cue the vendor is found by its name (legal form,
 * size of print, place in the head) and its address in its block or the block beside it, and the
 * customer is the head's other block with a name and an address. Pages whose layout holds no such
 * blocks (a receipt's centred head) keep the row-based reading.
 */
final class PartyRules {

	/**
	 * The lines each party's block took: a tax id, e-mail or phone printed in them is that party's.
	 *
	 * @param vendor   the vendor's lines
	 * @param customer the customer's lines
	 */
	record PartyLines(Set<TextLine> vendor, Set<TextLine> customer) {
	}

	private final DocumentText text;

	private final PartyBlocks blocks;

	PartyRules(DocumentText text) {
		this.text = text;
		this.blocks = new PartyBlocks(text);
	}

	PartyLines fill(InvoiceBuilder invoice) {
		Optional<BlockParty> customer = blocks.byCue(PartyCues.Role.CUSTOMER, Set.of());
		Set<TextLine> customerLines = new HashSet<>(customer.map(BlockParty::textLines).orElse(List.of()));
		Set<TextLine> vendorLines = new HashSet<>(vendor(invoice, customerLines));
		if (customer.isEmpty()) {
			customer = blocks.unheaded(vendorLines);
		}
		if (customer.isPresent()) {
			invoice.set(InvoiceField.CUSTOMER_NAME, customer.get().nameField(0.65));
			customer.get().addressField(0.6).ifPresent(address -> invoice.set(InvoiceField.CUSTOMER_ADDRESS, address));
			customerLines.addAll(customer.get().textLines());
		}
		else {
			new CustomerRules(text).fill(invoice).forEach(row -> customerLines.addAll(row.lines()));
		}
		vendorLines.removeAll(customerLines);
		return new PartyLines(Set.copyOf(vendorLines), Set.copyOf(customerLines));
	}

	/** Fills the vendor's name and address; returns the lines of its block. */
	private List<TextLine> vendor(InvoiceBuilder invoice, Set<TextLine> customerLines) {
		Optional<BlockParty> byCue = blocks.byCue(PartyCues.Role.VENDOR, customerLines);
		if (byCue.isPresent()) {
			invoice.set(InvoiceField.VENDOR_NAME, byCue.get().nameField(0.7));
			byCue.get().addressField(0.65).ifPresent(address -> invoice.set(InvoiceField.VENDOR_ADDRESS, address));
			return byCue.get().textLines();
		}
		VendorRules rules = new VendorRules(text);
		Optional<Candidate<String>> name = rules.name(customerLines);
		if (name.isEmpty()) {
			return List.of();
		}
		Optional<BlockParty> block = blocks.around(name.get().row().lineAt(name.get().start()), customerLines);
		// a name read from a row without a legal form runs on into the block beside it; its block ends it
		boolean runsOn = block.isPresent() && name.get().value().length() > block.get().nameText().length()
				&& name.get().value().startsWith(block.get().nameText());
		invoice.set(InvoiceField.VENDOR_NAME, runsOn ? block.get().nameField(0.55) : name.get().toField());
		Set<DocumentText.Row> customerRows = new HashSet<>();
		text.rows().stream().filter(row -> row.lines().stream().anyMatch(customerLines::contains)).forEach(customerRows::add);
		// rows read an address right where nothing stands beside it (a receipt's head, a letterhead
		// of one column) and read in the sender line; where blocks stand side by side, the block does
		Optional<Field<String>> address = rules.address(name.get().row(), customerRows).filter(this::standsAlone)
			.or(() -> block.flatMap(party -> party.addressField(0.6)))
			.or(() -> rules.address(name.get().row(), customerRows));
		address.ifPresent(found -> invoice.set(InvoiceField.VENDOR_ADDRESS, found));
		return block.map(BlockParty::textLines).orElse(List.of(name.get().row().lineAt(name.get().start())));
	}

	/** Whether every line a value was read from is alone in its row. */
	private boolean standsAlone(Field<String> value) {
		return value.evidence().stream().allMatch(evidence -> text.rowsOfPage(evidence.page()).stream()
			.filter(row -> row.lines().stream().anyMatch(line -> line.index() == evidence.line()))
			.allMatch(row -> row.lines().size() == 1));
	}

}
