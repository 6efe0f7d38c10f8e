package io.invoiceocr.extract.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.layout.BlockLine;
import io.invoiceocr.extract.layout.PageLayout;
import io.invoiceocr.extract.layout.TextBlock;
import io.invoiceocr.ocr.TextLine;

/**
 * Where the parties stand on the first page: under their cue ("From:", "Bill to"), around the
 * vendor's name, or, for a customer without a cue, in the address block of the page's head.
 */
final class PartyBlocks {

	/** How far under a cue (in print heights) its block may start. */
	private static final float CUE_REACH_EM = 3.0f;

	/** How far under a name's block (in print heights) the block with its address may start. */
	private static final float ADDRESS_REACH_EM = 1.5f;

	private static final Pattern DIGIT = Pattern.compile("\\d");

	/** A person's title, which opens a name rather than an address. */
	private static final Pattern PERSONAL_TITLE = Pattern.compile("(?i)^(?:mr|mrs|ms|miss|dr|herr|frau|m|mme|mlle|dhr|mevr|sr|sra|pan|pani)\\b\\.?");

	private final DocumentText text;

	private final PageLayout page;

	PartyBlocks(DocumentText text) {
		this.text = text;
		this.page = text.layout().page(1);
	}

	/**
	 * The party headed by a cue of {@code role} standing alone on its line.
	 *
	 * @param others lines of the other party, never this one's
	 */
	Optional<BlockParty> byCue(PartyCues.Role role, Set<TextLine> others) {
		for (TextBlock block : page.blocks()) {
			for (int i = 0; i < block.lines().size(); i++) {
				BlockLine line = block.lines().get(i);
				Optional<PartyCues.Cue> cue = PartyCues.of(line.text());
				if (cue.isEmpty() || cue.get().role() != role || !cue.get().rest().isEmpty()) {
					continue;
				}
				Optional<BlockParty> party = BlockParty.read(block.lines().subList(i + 1, block.lines().size()));
				if (party.isEmpty() && i == block.lines().size() - 1) {
					party = underCue(block, line).or(() -> FormParty.under(text, line));
				}
				if (party.isPresent()) {
					return party.map(found -> withAddress(found, others));
				}
			}
		}
		return Optional.empty();
	}

	private Optional<BlockParty> underCue(TextBlock cueBlock, BlockLine cue) {
		return page.below(cueBlock, CUE_REACH_EM)
			.stream()
			.filter(block -> block.left() <= cue.right() && block.left() >= cue.left() - 2 * cue.height())
			.findFirst()
			.flatMap(block -> BlockParty.read(block.lines()));
	}

	/**
	 * The party whose name is printed on {@code nameLine}, read from that line on.
	 *
	 * @param others lines of the other party, never this one's
	 */
	Optional<BlockParty> around(TextLine nameLine, Set<TextLine> others) {
		return page.blockOf(nameLine).flatMap(block -> {
			int at = 0;
			while (at < block.lines().size() && !block.lines().get(at).contains(nameLine)) {
				at++;
			}
			return BlockParty.read(block.lines().subList(at, block.lines().size()));
		}).map(found -> withAddress(found, others));
	}

	/**
	 * The party with the address of the block printed level beside its name or just under its
	 * block, when its own block has none: letterheads set the address apart from the name's column.
	 */
	private BlockParty withAddress(BlockParty party, Set<TextLine> others) {
		if (party.hasAddress()) {
			return party;
		}
		TextBlock own = page.blockOf(party.name().get(0).parts().get(0)).orElseThrow();
		return Stream.concat(page.levelRightOf(own).stream(), page.below(own, ADDRESS_REACH_EM).stream())
			.filter(block -> block.textLines().stream().noneMatch(others::contains))
			.filter(PartyBlocks::opensWithAddress)
			.findFirst()
			.map(block -> party.withDetails(block.lines()))
			.orElse(party);
	}

	/** Whether a block starts with an address rather than with another party's name. */
	private static boolean opensWithAddress(TextBlock block) {
		String first = block.first().text();
		if (DIGIT.matcher(first).find()) {
			return true;
		}
		boolean secondHasDigit = block.lines().size() > 1 && DIGIT.matcher(block.lines().get(1).text()).find();
		return secondHasDigit && !Keywords.COMPANY.matcher(first).find() && !PERSONAL_TITLE.matcher(first).find()
				&& PartyLineKind.of(first) == PartyLineKind.TEXT;
	}

	/**
	 * A customer printed without a cue: the first block above the totals, apart from the vendor's
	 * lines, that reads as a name with an address under it.
	 */
	Optional<BlockParty> unheaded(Set<TextLine> vendorLines) {
		float limit = page.blocks()
			.stream()
			.flatMap(block -> block.lines().stream())
			.filter(line -> Keywords.SUBTOTAL.matcher(line.text()).find() || Keywords.GRAND_TOTAL.matcher(line.text()).find())
			.map(BlockLine::top)
			.min(Float::compare)
			.orElse(Float.MAX_VALUE);
		return page.blocks()
			.stream()
			.filter(block -> block.top() < limit && block.lines().size() >= 2)
			.filter(block -> block.textLines().stream().noneMatch(vendorLines::contains))
			.map(block -> BlockParty.read(block.lines()))
			.flatMap(Optional::stream)
			.filter(party -> party.hasAddress() && !party.address().isEmpty())
			.findFirst();
	}

}
