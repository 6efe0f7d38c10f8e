package io.invoiceocr.extract.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings that say whose block follows: "From" / "Bill to" and their equivalents in the
 * languages the rules read. Short cues that are also common words ("To", "De", "An", "À", "Van")
 * count only as a heading of their own line; longer ones may have the name after them on the line
 * ("Bill to: ACME Ltd").
 */
final class PartyCues {

	/** Whose block a cue heads. */
	enum Role {
		VENDOR, CUSTOMER,
		/** Where the goods go: often the customer again, or a site of its; never the billing party's own heading. */
		DELIVERY
	}

	/**
	 * A cue found at the start of a line.
	 *
	 * @param role whose block it heads
	 * @param rest the text after it on the line, stripped ("" when the cue stands alone)
	 */
	record Cue(Role role, String rest) {
	}

	private static final String END = "\\s*[:.-]?\\s*";

	private static final Pattern CUSTOMER_ALONE = Pattern.compile("(?:to|an|aan|à|a|para|dla|kepada)" + END + "$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern VENDOR_ALONE = Pattern.compile("(?:from|von|van|de|da|od|dari)" + END + "$",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern CUSTOMER_LEAD = Pattern.compile("(?:bill(?:ed)?\\s*to|invoice(?:d)?\\s*to|(?:invoice\\s*)?issued\\s*to"
			+ "|sold\\s*to|customer|client|recipient|rechnungsempf[äa]nger|rechnung\\s*an|leistungsempf[äa]nger|empf[äa]nger|kunde"
			+ "|k[äa]ufer|factur[ée]e?\\s*[àa]|facture\\s*destin[ée]e\\s*[àa]|destinataire|adress[ée]e?\\s*[àa]"
			+ "|factuur\\s*(?:uitgegeven\\s*)?aan|gefactureerd\\s*aan|klant|afnemer|facturar\\s*a|facturado\\s*a|cliente"
			+ "|fatturato\\s*a|intestatario|nabywca|odbiorca|pelanggan)(?![\\p{L}])" + END, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern VENDOR_LEAD = Pattern.compile("(?:seller|supplier|vendor|issued\\s*by|bill(?:ed)?\\s*from|invoice\\s*from"
			+ "|verk[äa]ufer|lieferant|rechnungssteller|absender|fournisseur|vendeur|[ée]metteur|leverancier|afzender|verkoper"
			+ "|proveedor|emisor|vendedor|fornitore|cedente|sprzedawca|wystawca|penjual)(?![\\p{L}])" + END,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private static final Pattern DELIVERY_LEAD = Pattern.compile("(?:ship(?:ped)?\\s*to|deliver(?:y|ed)\\s*(?:to|address)|lieferadresse"
			+ "|lieferanschrift|liefern\\s*an|adresse\\s*de\\s*livraison|livr[ée]\\s*[àa]|afleveradres|leveradres|afleveren\\s*aan"
			+ "|direcci[óo]n\\s*de\\s*(?:entrega|env[íi]o)|enviar\\s*a|indirizzo\\s*di\\s*consegna|adres\\s*dostawy)(?![\\p{L}])" + END,
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	private PartyCues() {
	}

	/** The cue a line starts with, if any. */
	static Optional<Cue> of(String line) {
		String text = line.strip();
		if (CUSTOMER_ALONE.matcher(text).matches()) {
			return Optional.of(new Cue(Role.CUSTOMER, ""));
		}
		if (VENDOR_ALONE.matcher(text).matches()) {
			return Optional.of(new Cue(Role.VENDOR, ""));
		}
		return lead(DELIVERY_LEAD, Role.DELIVERY, text).or(() -> lead(CUSTOMER_LEAD, Role.CUSTOMER, text))
			.or(() -> lead(VENDOR_LEAD, Role.VENDOR, text));
	}

	private static Optional<Cue> lead(Pattern pattern, Role role, String text) {
		Matcher lead = pattern.matcher(text);
		if (!lead.lookingAt()) {
			return Optional.empty();
		}
		String rest = text.substring(lead.end()).strip();
		// two names for one party: "Käufer/Leistungsempfänger"
		if (rest.startsWith("/") && lead(pattern, role, rest.substring(1).strip()).filter(cue -> cue.rest().isEmpty()).isPresent()) {
			rest = "";
		}
		return Optional.of(new Cue(role, rest));
	}

}
