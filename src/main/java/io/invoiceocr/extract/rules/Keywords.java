package io.invoiceocr.extract.rules;

import java.util.regex.Pattern;

/**
 * The words invoices and receipts label their fields with, in English, German, French, Dutch,
 * Spanish, Polish and Malay. Matched case-insensitively against a row's text; each pattern finds
 * the label, and the value is looked for after it.
 */
final class Keywords {

	private Keywords() {
	}

	private static Pattern words(String regex) {
		return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	/** The strongest total labels: the amount to pay, tax included. */
	static final Pattern GRAND_TOTAL = words("grand\\s*total|total\\s*(?:amount\\s*|amt\\.?\\s*)?(?:payable|incl\\p{L}*\\.?[^\\d]{0,20}"
			+ "(?:gst|vat|tax|sst)?)|total\\s*sales?\\s*\\(?incl[^\\d]{0,25}|rounded\\s*total|total\\s*(?:after\\s*)?round(?:ing|ed)"
			+ "|total\\s*ttc|montant\\s*ttc|net\\s*à\\s*payer|total\\s*à\\s*payer|gesamtbetrag(?!\\s*der)|rechnungsbetrag"
			+ "|endbetrag|bruttobetrag|bruttosumme|gesamtsumme|\\p{L}*summe\\s*brutto|brutto\\s*gesamt|rechnungssumme(?!\\s*(?:ohne|netto|exkl))|totaal\\s*incl|totaalbedrag|te\\s*betalen"
			+ "|importe\\s*total|total\\s*a\\s*pagar|do\\s*zap[łl]aty|warto[śs][ćc]\\s*brutto|razem\\s*brutto"
			+ "|jumlah\\s*(?:besar|keseluruhan)|nett?\\s*total|total\\s*due|invoice\\s*total|a[mn][o0]?u?nt\\s*incl\\p{L}*\\.?|total\\s*(?:eur|usd|gbp|rm|myr|chf|pln)");

	/** Plain total labels. */
	static final Pattern TOTAL = words("total(?:\\s*amount)?|totaal|summe|gesamt|montant\\s*total|razem|suma|og[óo][łl]em|jumlah|amount");

	/** Totals that are not the invoice total: before tax, of the tax, of quantities, of savings. */
	static final Pattern NOT_TOTAL = words("sub\\s*-?\\s*total|total\\s*(?:excl|exclusive|before|ex\\.?)|total\\s*sales?\\s*\\(?excl"
			+ "|total\\s*(?:gst|vat|tax|sst|mwst|tva|btw|iva)|total\\s*(?:qty|quantity|items?|pcs|units?|discount|savings?|saved)"
			+ "|total\\s*ht|montant\\s*ht|zwischensumme|netto|nett?o?\\s*betrag|der\\s*(?:zu|ab)schl[äa]ge|ohne|summe\\s*netto|totaal\\s*excl|subtotaal"
			+ "|base\\s*imponible|warto[śs][ćc]\\s*netto|razem\\s*netto|cash|change|tender(?:ed)?|tunai|baki|rounding\\s*adj"
			+ "|paid|received|diterima|deposit|accepted|total\\s*excl\\p{L}*|tax\\s*total|gst\\s*total");

	/** A grand-total label that only states the tax it includes: "TOTAL INCLUDES 6% GST 1.61". */
	static final Pattern NOT_GRAND_TOTAL = words("includ(?:es|ing)\\s*\\d+(?:[.,]\\d+)?\\s*%|der\\s*(?:zu|ab)schl[äa]ge");

	/**
	 * The tax summary receipts print under the total ("GST SUMMARY / Tax Code Amount Tax / SR 6%
	 * 7.55 0.45 / Total 7.55 0.45"): its "Total" row is not the receipt's.
	 */
	static final Pattern SUMMARY = words("(?:[gc]st|tax|sst|vat)\\s*su[mhl]{1,3}ary|summary\\s*of\\s*(?:gst|tax)|ringkasan\\s*cukai"
			+ "|tax\\s*code|kod\\s*cukai");

	static final Pattern SUBTOTAL = words("sub\\s*-?\\s*total|total\\s*(?:excl\\p{L}*\\.?|before\\s*tax|ex\\.?\\s*(?:vat|gst))"
			+ "[^\\d]{0,20}|total\\s*sales?\\s*\\(?excl[^\\d]{0,25}|net\\s*amount|amount\\s*excl[^\\d]{0,15}|zwischensumme"
			+ "|nettobetrag|\\p{L}*summe\\s*(?:netto|ohne\\s*(?:ust|mwst)\\.?)|nettosumme|gesamt\\s*netto|netto\\s*gesamt|rechnungsbetrag\\s*netto|total\\s*ht|montant\\s*ht"
			+ "|total\\s*hors\\s*taxes?|subtotaal|totaal\\s*excl[^\\d]{0,15}|netto\\s*bedrag|base\\s*imponible|importe\\s*neto"
			+ "|warto[śs][ćc]\\s*netto|razem\\s*netto|jumlah\\s*kecil");

	static final Pattern TAX = words("(?:total\\s*)?(?:gst|vat|sst|sales\\s*tax|service\\s*tax|tax(?:es)?|mwst|ust|umsatzsteuer"
			+ "|steuerbetrag|(?:ust|mwst)\\.?\\s*-?\\s*betrag|summe\\s*(?:umsatzsteuer|mwst|ust)"
			+ "|mehrwertsteuer|tva|btw|iva|podatek(?:\\s*vat)?|cukai(?:\\s*jualan)?)");

	/** Rows naming a tax that hold another amount: a total with or without the tax. */
	static final Pattern NOT_TAX = words("incl\\p{L}*\\.?|excl\\p{L}*\\.?|before|after|inkl\\.?|exkl\\.?"
			+ "|ohne|hors|zonder|sin|bez|sebelum|selepas|sub\\s*-?\\s*total|netto|brutto|ttc|ht|total\\s*sales?|summary|ringkasan");

	static final Pattern AMOUNT_DUE = words("amount\\s*due|balance\\s*due|total\\s*due|amount\\s*payable|balance|zahlbetrag"
			+ "|zu\\s*zahlen|offener\\s*betrag|net\\s*à\\s*payer|reste\\s*à\\s*payer|te\\s*betalen|openstaand\\s*bedrag"
			+ "|importe\\s*a\\s*pagar|do\\s*zap[łl]aty|amaun\\s*perlu\\s*dibayar|solde\\s*(?:à|a)\\s*payer|montant\\s*d[ûu]");

	static final Pattern INVOICE_DATE = words("(?:invoice|bill|billing|issue|receipt|tax\\s*invoice|document)?\\s*date(?:\\s*of\\s*issue)?"
			+ "|date\\s*of\\s*invoice|rechnungsdatum|belegdatum|datum|date\\s*de\\s*(?:la\\s*)?facture|date\\s*d['’]?[ée]mission"
			+ "|factuurdatum|fecha(?:\\s*de\\s*(?:la\\s*)?factura|\\s*de\\s*emisi[óo]n)?|data\\s*(?:wystawienia|faktury)?|tarikh"
			+ "|dated");

	/** Dates that are not the invoice date. */
	static final Pattern NOT_INVOICE_DATE = words("due|fällig|f[äa]lligkeit|zahlbar|[ée]ch[ée]ance|verval|vencimiento|termin"
			+ "|limite|paiement|payment|pr[ée]l[èe]vement|lastschrift|check[\\s-]*(?:in|out)|arrival|departure|anreise|abreise"
			+ "|delivery|lieferdatum|leistungsdatum|livraison|leverdatum|entrega|dostawy|order\\s*date|bestelldatum|period"
			+ "|zeitraum|période|expir|valid|birth|print");

	static final Pattern DUE_DATE = words("due\\s*date|payment\\s*due|due\\s*by|due\\s*on|pay\\s*by|payable\\s*by|f[äa]lligkeit(?:sdatum)?"
			+ "|zahlbar\\s*innerhalb[^.\\d]{0,30}\\d+[^.\\d]{0,30}bis|date\\s*limite\\s*de\\s*paiement"
			+ "|f[äa]llig(?:\\s*am)?|zahlbar\\s*bis|zahlungsziel|date\\s*d['’]?[ée]ch[ée]ance|[ée]ch[ée]ance|vervaldatum"
			+ "|uiterste\\s*betaaldatum|fecha\\s*de\\s*vencimiento|vencimiento|termin\\s*p[łl]atno[śs]ci|tarikh\\s*akhir");

	/** Labels that say "the invoice's number". */
	static final Pattern INVOICE_NUMBER = words("(?:tax\\s*)?invoice\\s*(?:no\\.?|number|num\\.?|nr\\.?|#|id)|invoice(?=\\s*[:#])"
			+ "|inv\\.?\\s*(?:no\\.?|#|number)|bill\\s*(?:no\\.?|#|number)|receipt\\s*(?:no\\.?|#|number)|doc(?:ument)?\\.?\\s*(?:no\\.?|#)"
			+ "|rechnungs?\\s*-?\\s*(?:nr\\.?|nummer|no\\.?)|\\p{L}*rechnung(?:\\s+\\p{L}+){0,3}\\s*(?:\\(\\d+\\)\\s*)?(?:nr\\.?|#)"
			+ "|beleg\\s*-?\\s*nr\\.?|gutschrift\\s*(?:nr\\.?|#)"
			+ "|(?:n°|no\\.?|num[ée]ro)\\s*(?:de\\s*)?facture|facture\\s*(?:n°|no\\.?|num[ée]ro|#)"
			+ "|factuur\\s*(?:nr\\.?|nummer|#)|factuurnummer|n[úu]mero\\s*de\\s*factura|factura\\s*(?:n[º°o]\\.?|#)"
			+ "|(?:nr|numer)\\s*faktury|faktura\\s*(?:vat\\s*)?(?:nr\\.?|#)|no\\.?\\s*invois|invois\\s*(?:no\\.?|#)"
			+ "|booking\\s*(?:id|no\\.?|number|ref(?:erence)?)");

	/**
	 * A document title standing before its number ("Invoice INV/2023/03/0008", "Avoir AV-2017-0005")
	 * or ending its row, with the number on the next: weaker than a number label, tried after them.
	 */
	static final Pattern INVOICE_TITLE = words("(?:invoice|facture|avoir|rechnung|gutschrift|factuur|factura|faktura|credit\\s*note)"
			+ "(?=\\s+[\\p{L}\\p{N}]*[./_-]?\\d)|(?:invoice|rechnung|facture|factuur|factura|faktura)\\s*$");

	static final Pattern PURCHASE_ORDER = words("purchase\\s*order(?:\\s*(?:no\\.?|number|#))?|p\\.?\\s*o\\.?\\s*(?:no\\.?|number|#)"
			+ "|order\\s*(?:no\\.?|number|#|ref(?:erence)?)|your\\s*(?:order|ref(?:erence)?)|bestellnummer|ihre\\s*bestellung"
			+ "|bestellung\\s*(?:nr\\.?)?|auftragsnummer|auftrag\\s*nr\\.?|bon\\s*de\\s*commande|commande\\s*(?:n°|no\\.?)"
			+ "|inkoopordernummer|bestelnummer|uw\\s*referentie|n[úu]mero\\s*de\\s*pedido|pedido|nr\\s*zam[óo]wienia|zam[óo]wienie");

	static final Pattern PAYMENT_TERMS = words("payment\\s*terms|terms\\s*of\\s*payment|terms|zahlungsbedingungen|zahlbar\\s*innerhalb"
			+ "|zahlungsziel|conditions\\s*de\\s*(?:paiement|r[èe]glement)|betalingsvoorwaarden|betalingstermijn"
			+ "|condiciones\\s*de\\s*pago|forma\\s*de\\s*pago|warunki\\s*p[łl]atno[śs]ci|termin\\s*p[łl]atno[śs]ci|net\\s*\\d{1,3}\\s*days?"
			+ "|due\\s*within|payable\\s*within|terma\\s*pembayaran");

	static final Pattern CUSTOMER = words("bill(?:ed)?\\s*to|invoice\\s*to|sold\\s*to|ship\\s*to|customer(?:\\s*name)?|client"
			+ "|attn\\.?|attention|z\\.\\s*hd\\.?|k[äa]ufer(?:\\s*/\\s*leistungsempf[äa]nger)?|leistungsempf[äa]nger"
			+ "|rechnungsempf[äa]nger|kunde|empf[äa]nger|factur[ée]\\s*[àa]|adress[ée]\\s*[àa]|klant|afnemer|cliente|nabywca"
			+ "|odbiorca|pelanggan|kepada");

	/** Rows after a vendor's name that are no longer its address. */
	static final Pattern NOT_ADDRESS = words("tel|telephone|phone|fax|mobile|hp|e-?mail|www|http|gst|sst|vat|tax|reg(?:istration)?"
			// the same labels as OCR misreads them: G5T, GS7, Te1, INV0ICE, N0
			+ "|g[s5][t7]|te[l1](?=\\s*[:.])|[il1]e[l1](?=\\s*:)|inv[o0][il1][c0o]e|company|thank"
			+ "|co\\.?\\s*(?:reg|no)|company\\s*no|invoice|receipt|date|cashier|ust|steuer|iban|bic|swift|tva|btw|siret|siren|nip"
			+ "|kvk|handelsregister|hrb|amtsgericht|telefon|t[ée]l[ée]phone|rechnung|facture|factuur|factura|faktura|invois");

	/** The title of the document, never a vendor's name. */
	static final Pattern DOCUMENT_TITLE = words("(?:tax\\s*|simplified\\s*|commercial\\s*)?invoice|receipt|official\\s*receipt"
			+ "|cash\\s*(?:sale|bill)|bill|rechnung|gutschrift|quittung|facture|avoir|factuur|factura|faktura(?:\\s*vat)?"
			+ "|invois(?:\\s*cukai)?|resit|credit\\s*note|page|seite");

	/** Legal forms that mark a company's name. */
	static final Pattern COMPANY = words("s[do0]n\\.?\\s*b[hn][dn]\\.?|bhd\\.?|berhad|s/b|enterprise|trading|gmbh|ag|kg|ohg|e\\.\\s?k\\.|ug"
			+ "|ltd\\.?|limited|llc|llp|l\\.?p\\.|v\\.o\\.f\\.?|vof|sasu|eurl|pty|pte|inc\\.?|corp(?:oration)?\\.?|plc|s\\.?\\s?a\\.?\\s?r\\.?\\s?l\\.?|sas|s\\.a\\.|b\\.\\s?v\\.?"
			+ "|n\\.\\s?v\\.?|s\\.l\\.|sp\\.\\s*z\\s*o\\.\\s*o\\.?|s\\.p\\.a\\.|srl|oy|ab|company|co\\.|restaurant|restoran"
			+ "|cafe|café|kedai|store|mart|market|supermarket|hardware|bakery|pharmacy|stationery|services?");

	static final Pattern LINE_ITEM_HEADER = words("description|item|items|qty|quantity|unit\\s*price|price|amount|menge|anzahl"
			+ "|rate|hours|hrs|unit\\s*cost|line\\s*total|einheitspreis|st[üu]ckpreis|preis|stunden|eenheidsprijs|stukprijs|uren"
			+ "|co[uû]t\\s*unitaire|prix|heures|precio\\s*unitario|horas|cena\\s*jedn\\.?|godziny"
			+ "|beschreibung|bezeichnung|artikel|leistung|einzelpreis|gesamtpreis|betrag|d[ée]signation|quantit[ée]|qt[ée]"
			+ "|prix\\s*unitaire|montant|omschrijving|aantal|prijs|bedrag|descripci[óo]n|cantidad|precio|importe|nazwa|ilo[śs][ćc]"
			+ "|cena|warto[śs][ćc]|kuantiti|harga|perkara");

	static final Pattern TAX_ID_LABEL = words("gst\\s*(?:id|reg(?:istration)?|no)\\.?(?:\\s*no\\.?)?|sst\\s*(?:id|reg(?:istration)?|no)\\.?(?:\\s*no\\.?)?"
			+ "|tax\\s*(?:id|no|number)|vat\\s*(?:id|no|number|reg(?:istration)?)\\.?(?:\\s*no\\.?)?|ust\\.?\\s*-?\\s*id(?:nr)?\\.?"
			+ "|ust-?id|umsatzsteuer-?\\s*id(?:entifikationsnummer)?|steuer\\s*-?\\s*nr\\.?|steuernummer|st\\.?\\s*-?\\s*nr\\.?"
			+ "|n°\\s*tva|tva\\s*intra(?:communautaire)?|btw(?:\\s*-?\\s*(?:nr|nummer))?|nif|cif|nip|uid");

	static final Pattern CUSTOMER_TAX_ID_LABEL = words("(?:your|customer|client|buyer)\\s*(?:vat|tax|gst)|ihre\\s*ust|kunden\\s*-?\\s*ust"
			+ "|tva\\s*client|uw\\s*btw|nip\\s*nabywcy");

	/** Labels of the vendor's block on invoices that print it as a form ("Verkäufer: ..."). */
	static final Pattern VENDOR = words("verk[äa]ufer|lieferant|rechnungsersteller|seller|supplier|vendor|fournisseur|vendeur"
			+ "|leverancier|proveedor|sprzedawca|penjual");

	/** Labels a form puts before the value itself ("Name: ACME GmbH"). */
	static final Pattern FORM_LABEL = Pattern.compile("^(?:name|firma|company|anschrift|address|adresse|nom|naam|nombre|nazwa)\\s*:\\s*",
			Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

	static final Pattern PHONE_LABEL = words("tel|telephone|phone|mobile|hp|telefon|t[ée]l[ée]phone|t[ée]l|tfno|tel[ée]fono");

}
