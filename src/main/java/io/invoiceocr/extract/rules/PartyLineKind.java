package io.invoiceocr.extract.rules;

import java.util.regex.Pattern;

import io.invoiceocr.extract.normalize.Identifiers;

/**
 * What a line of a party's block is: its name, a line of its address, or a detail printed with it
 * (contact, tax or registration number, customer number) that is neither.
 */
enum PartyLineKind {

	/** Letters that could be a name or an address line. */
	TEXT,
	/** E-mail, website, phone or fax. */
	CONTACT,
	/** A tax id, registration number or bank account. */
	IDENTIFIER,
	/** A number alone: a customer number, a reference. */
	NUMBER,
	/** A label of the document's own fields: the block has ended. */
	LABEL;

	private static final Pattern LETTERS = Pattern.compile("\\p{L}.*\\p{L}");

	private static final Pattern WEB = Pattern.compile("(?i)(?:www\\.|https?://|\\.(?:com|net|org|de|nl|fr|co\\.uk|uk|be|eu|io|es|it|pl|my)\\b)");

	private static final Pattern CONTACT_LABEL = Pattern.compile("(?i)^(?:tel|t|f|fax|phone|mobile|mob|hp|telefon|t[ée]l[ée]?phone|t[ée]l|tfno"
			+ "|e-?mail|web|internet)\\b\\.?\\s*:?");

	private static final Pattern REGISTRATION_LABEL = Pattern.compile("(?i)^(?:company\\s*(?:no|number|reg)|co\\.?\\s*(?:reg|no)|reg(?:istration)?"
			+ "|crn|ein|abn|acn|kvk|kvk-?nummer|handelsregister|hrb|hra|amtsgericht|siret|siren|rcs|ape|naf|nip|krs|regon|cif|nif"
			+ "|uid|gln|duns|eori|ust|st\\.?\\s*-?\\s*nr|steuer|iban|bic|swift|vat|gst|sst|tva|btw|tax|iva|p\\.?\\s*iva)\\b");

	/** A number's label, alone or with its value: "Nummer", "Kunden-Nr. : 009420", "Customer ID". */
	private static final Pattern NUMBER_LABEL = Pattern.compile("(?i)^(?:(?:customer|client|account|supplier|vendor|kunden|lieferanten"
			+ "|klant|debiteur|crediteur|leverancier)[\\s-]*)?(?:nummer|number|numéro|numero|no|nr|n°|id|ref)\\b\\.?\\s*(?::.*)?$");

	private static final Pattern ATTENTION = Pattern.compile("(?i)^(?:attn|attention|z\\.?\\s*hd|t\\.?\\s*a\\.?\\s*v|à\\s*l'attention)\\b");

	/** What {@code line} is; an e-mail address a narrow column wraps counts as contact by its {@code @}. */
	static PartyLineKind of(String line) {
		String text = line.strip();
		if (text.contains("@") || WEB.matcher(text).find() || CONTACT_LABEL.matcher(text).lookingAt()
				|| onlyPhone(text)) {
			return CONTACT;
		}
		if (!Identifiers.vatIds(text).isEmpty() || !Identifiers.ibans(text).isEmpty() || REGISTRATION_LABEL.matcher(text).lookingAt()
				|| VendorRules.REGISTRATION.matcher(text).matches() || VendorRules.REGISTRATION_NUMBER.matcher(text).matches()
				|| Keywords.TAX_ID_LABEL.matcher(text).find() || ATTENTION.matcher(text).lookingAt()) {
			return IDENTIFIER;
		}
		if (NUMBER_LABEL.matcher(text).matches()) {
			return NUMBER;
		}
		if (isLabel(text)) {
			return LABEL;
		}
		return LETTERS.matcher(text).find() ? TEXT : NUMBER;
	}

	private static boolean onlyPhone(String text) {
		return Identifiers.phones(text).stream().anyMatch(phone -> phone.end() - phone.start() >= text.length() - 4);
	}

	/** A label of the invoice's own fields or a document title: no party prints those in its block. */
	private static boolean isLabel(String text) {
		return Keywords.INVOICE_NUMBER.matcher(text).find() || Keywords.DOCUMENT_TITLE.matcher(text).lookingAt()
				|| Keywords.DUE_DATE.matcher(text).find() || Keywords.INVOICE_DATE.matcher(text).lookingAt() || Keywords.GRAND_TOTAL.matcher(text).find()
				|| Keywords.SUBTOTAL.matcher(text).find() || Keywords.AMOUNT_DUE.matcher(text).find()
				|| Keywords.PURCHASE_ORDER.matcher(text).lookingAt() || Keywords.PAYMENT_TERMS.matcher(text).lookingAt();
	}

}
