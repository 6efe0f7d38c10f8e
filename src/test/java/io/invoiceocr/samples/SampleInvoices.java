package io.invoiceocr.samples;

import static io.invoiceocr.samples.SampleInvoiceGenerator.ACME_PDF;
import static io.invoiceocr.samples.SampleInvoiceGenerator.MULLER_PDF;
import static io.invoiceocr.samples.SampleInvoiceGenerator.RECEIPT_JPG;
import static io.invoiceocr.samples.SampleInvoiceGenerator.SCANNED_PNG;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What each sample prints: the one model its document and its sidecar are both made from. */
final class SampleInvoices {

	private SampleInvoices() {
	}

	static Invoice acmeInvoice() {
		Party vendor = new Party("Acme Digital Services GmbH",
				List.of("Mariahilfer Strasse 45", "1060 Vienna", "Austria"), "ATU73829100",
				"+43 1 890 45 12", "billing@acme-digital.example", "AT61 1904 3002 3457 3201");
		Party customer = Party.customer("Northwind Logistics GmbH",
				List.of("Attn. Accounts Payable", "Lastenstrasse 3", "4020 Linz", "Austria"), "ATU59102740");
		List<Line> lines = List.of(
				Line.of(null, "Cloud hosting, Business plan (January 2024)", "1", null, "249.00"),
				Line.of(null, "Document scanning service, per 100 pages", "12", null, "18.50"),
				Line.of(null, "On-site support (hours)", "3.5", null, "96.00"),
				Line.of(null, "USB document scanner DS-410", "2", null, "189.90"));
		return new Invoice(ACME_PDF, vendor, customer, "INV-2024-0117", LocalDate.of(2024, 1, 17),
				LocalDate.of(2024, 2, 16), "PO-55812", "EUR", new BigDecimal("20"), lines);
	}

	static Invoice mullerInvoice() {
		Party vendor = new Party("Müller Technik GmbH", List.of("Industriestraße 14", "70565 Stuttgart"),
				"DE284619375", "0711 / 78 23 40-0", "rechnung@mueller-technik.example",
				"DE89 3704 0044 0532 0130 00");
		Party customer = Party.customer("Schreinerei Brandt e.K.",
				List.of("Herrn Thomas Brandt", "Am Mühlbach 7", "73728 Esslingen am Neckar"), null);
		return new Invoice(MULLER_PDF, vendor, customer, "RE-88231", LocalDate.of(2024, 3, 12),
				LocalDate.of(2024, 3, 26), "BE-2024-311", "EUR", new BigDecimal("19"), mullerLines());
	}

	/** Enough lines to run onto a second page, which is what multi-page extraction needs to see. */
	private static List<Line> mullerLines() {
		return List.of(
				Line.of("100234", "Sechskantschraube M8x40 DIN 933 verzinkt", "500", "Stk", "0.12"),
				Line.of("100518", "Sechskantmutter M8 DIN 934 verzinkt", "500", "Stk", "0.04"),
				Line.of("100731", "Unterlegscheibe 8,4 mm DIN 125", "1000", "Stk", "0.02"),
				Line.of("204410", "Spiralbohrer HSS-G 6,0 mm", "20", "Stk", "2.35"),
				Line.of("204480", "Spiralbohrer HSS-G 8,0 mm", "20", "Stk", "3.10"),
				Line.of("311020", "Trennscheibe 125 x 1,0 mm INOX", "50", "Stk", "1.19"),
				Line.of("311145", "Fächerschleifscheibe 125 mm K60", "25", "Stk", "2.89"),
				Line.of("402200", "Kabelbinder 4,8 x 300 mm schwarz (VE 100)", "10", "VE", "6.40"),
				Line.of("402310", "Isolierband 19 mm x 20 m rot", "12", "Rolle", "1.45"),
				Line.of("515001", "Arbeitshandschuhe Nitril Gr. 10", "48", "Paar", "1.85"),
				Line.of("515120", "Schutzbrille klar EN 166", "12", "Stk", "4.90"),
				Line.of("620015", "Druckluftschlauch PU 8 x 5 mm", "25", "m", "1.62"),
				Line.of("620240", "Schnellkupplung NW 7,2", "6", "Stk", "7.95"),
				Line.of("731500", "Werkstattwagen mit 5 Schubladen", "1", "Stk", "489.00"),
				Line.of("731560", "Schaumstoffeinlage für Schublade", "5", "Stk", "18.90"),
				Line.of("840010", "Montagepaste Kupfer 100 g", "6", "Tube", "5.75"),
				Line.of("840200", "Bremsenreiniger 500 ml", "24", "Dose", "2.65"),
				Line.of("900001", "Montage Werkstattwagen vor Ort", "1.5", "Std.", "68.00"),
				Line.of("900090", "Versandkostenpauschale", "1", "psch.", "14.90"));
	}

	static Invoice lefevreInvoice() {
		Party vendor = new Party("Imprimerie Lefèvre SARL", List.of("18 rue des Tanneurs", "69002 Lyon"),
				"FR54482130754", "04 78 29 61 40", "contact@imprimerie-lefevre.example",
				"FR14 2004 1010 0505 0001 3M02 606");
		Party customer = Party.customer("Café des Arts", List.of("3 place Sathonay", "69001 Lyon"), null);
		List<Line> lines = List.of(
				Line.of(null, "Cartes de visite 350 g, 500 ex.", "4", null, "38.00"),
				Line.of(null, "Flyers A5 recto-verso, 1000 ex.", "2", null, "86.50"),
				Line.of(null, "Affiches A2 couleur", "15", null, "7.20"),
				Line.of(null, "Frais de livraison", "1", null, "12.90"));
		return new Invoice(SCANNED_PNG, vendor, customer, "F-2024-0042", LocalDate.of(2024, 2, 5),
				LocalDate.of(2024, 3, 6), null, "EUR", new BigDecimal("20"), lines);
	}

	/** A GST-era (before June 2018) Malaysian till receipt; prices are before the 6 % GST. */
	static Invoice kedaiReceipt() {
		Party vendor = new Party("KEDAI RUNCIT SERI CAHAYA",
				List.of("NO 27, JALAN MAWAR 3,", "TAMAN SRI MUDA, 40400 SHAH ALAM,", "SELANGOR DARUL EHSAN"),
				"000918273645", "03-5121 8846", null, null);
		List<Line> lines = List.of(
				Line.of(null, "ROTI PUTIH 400G", "1", null, "3.20"),
				Line.of(null, "TELUR AYAM GRED A 10S", "1", null, "5.90"),
				Line.of(null, "SUSU PEKAT MANIS 500G", "2", null, "3.10"),
				Line.of(null, "MEE SEGERA KARI 5X80G", "1", null, "4.85"),
				Line.of(null, "AIR MINERAL 1.5L", "2", null, "1.20"));
		return new Invoice(RECEIPT_JPG, vendor, null, "CS00013872", LocalDate.of(2017, 8, 14), null, null,
				"MYR", new BigDecimal("6"), lines);
	}

}
