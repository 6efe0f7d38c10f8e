package io.invoiceocr.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.TimeZone;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * Writes the sample invoices in {@code samples/} together with a ground-truth sidecar
 * ({@code <file>.expected.json}) holding the fields printed on each one.
 *
 * <p>Every value comes from one {@link Invoice} model that both the renderer and the sidecar read,
 * so the document and its expected values cannot drift apart, and all amounts are computed with
 * {@link BigDecimal} so that the printed totals add up to the cent.
 *
 * <p>Output is deterministic: fixed data, fixed seeds, fixed PDF dates and document ids. The PDFs
 * use the standard 14 fonts (nothing embedded) and are byte-identical on any machine; the images
 * are drawn with the Liberation Sans font shipped inside PDFBox rather than a system font, so
 * they do not change with the fonts installed, only possibly with the JDK's glyph rasteriser.
 *
 * <p>Run with {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=io.invoiceocr.samples.SampleInvoiceGenerator -Dexec.args=samples}.
 */
public final class SampleInvoiceGenerator {

	static final String ACME_PDF = "acme-invoice-2024-0117.pdf";
	static final String MULLER_PDF = "rechnung-muller-gmbh-RE-88231.pdf";
	static final String SCANNED_PNG = "scanned invoice 0042.png";
	static final String RECEIPT_JPG = "receipt-kedai-runcit.jpg";
	static final String SIDECAR_SUFFIX = ".expected.json";

	/** Bundled with PDFBox, so the raster samples do not depend on the fonts of the machine. */
	private static final String RASTER_FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

	private static final FontName HELVETICA = FontName.HELVETICA;
	private static final FontName HELVETICA_BOLD = FontName.HELVETICA_BOLD;
	private static final FontName HELVETICA_OBLIQUE = FontName.HELVETICA_OBLIQUE;

	private static final DecimalFormat EN_AMOUNT = amountFormat(',', '.');
	private static final DecimalFormat DE_AMOUNT = amountFormat('.', ',');
	private static final DecimalFormat FR_AMOUNT = amountFormat(' ', ',');
	private static final DecimalFormat MY_AMOUNT = amountFormat(',', '.');

	private SampleInvoiceGenerator() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args.length > 0 ? args[0] : "samples");
		for (Path written : generate(dir)) {
			System.out.printf("%8d  %s%n", Files.size(written), written);
		}
	}

	/** Writes all samples and their sidecars into {@code dir}; returns the files written, in order. */
	public static List<Path> generate(Path dir) throws IOException {
		// Rendering happens off-screen; headless keeps a desktop JVM from opening a window system session.
		System.setProperty("java.awt.headless", "true");
		Files.createDirectories(dir);
		List<Path> written = new ArrayList<>();
		written.addAll(write(dir, acmeInvoice(), SampleInvoiceGenerator::writeAcmePdf));
		written.addAll(write(dir, mullerInvoice(), SampleInvoiceGenerator::writeMullerPdf));
		written.addAll(write(dir, lefevreInvoice(), SampleInvoiceGenerator::writeScannedPng));
		written.addAll(write(dir, kedaiReceipt(), SampleInvoiceGenerator::writeReceiptJpg));
		return written;
	}

	/** Turns an invoice into the bytes of one document format. */
	@FunctionalInterface
	private interface Renderer {

		byte[] render(Invoice invoice) throws IOException;

	}

	private static List<Path> write(Path dir, Invoice invoice, Renderer renderer) throws IOException {
		Path file = dir.resolve(invoice.fileName());
		Path sidecar = dir.resolve(invoice.fileName() + SIDECAR_SUFFIX);
		Files.write(file, renderer.render(invoice));
		Files.writeString(sidecar, toJson(invoice), StandardCharsets.UTF_8);
		return List.of(file, sidecar);
	}

	// ---------------------------------------------------------------- model

	/** A seller or buyer; fields a document does not print are {@code null}. */
	record Party(String name, List<String> address, String taxId, String phone, String email, String iban) {

		static Party customer(String name, List<String> address, String taxId) {
			return new Party(name, address, taxId, null, null, null);
		}

	}

	/** One invoice line; the amount is rounded to cents the way the document prints it. */
	record Line(String sku, String description, BigDecimal quantity, String unit, BigDecimal unitPrice) {

		static Line of(String sku, String description, String quantity, String unit, String unitPrice) {
			return new Line(sku, description, new BigDecimal(quantity), unit, new BigDecimal(unitPrice));
		}

		BigDecimal amount() {
			return quantity.multiply(unitPrice).setScale(2, RoundingMode.HALF_UP);
		}

	}

	/** Everything printed on a sample that the extraction is expected to find. */
	record Invoice(String fileName, Party vendor, Party customer, String number, LocalDate date,
			LocalDate dueDate, String reference, String currency, BigDecimal taxRatePercent, List<Line> lines) {

		BigDecimal subtotal() {
			return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
		}

		/** Tax is computed once on the subtotal, not per line, as these documents print it. */
		BigDecimal tax() {
			return subtotal().multiply(taxRatePercent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
		}

		BigDecimal total() {
			return subtotal().add(tax());
		}

	}

	// ---------------------------------------------------------------- sample data

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

	// ---------------------------------------------------------------- acme (English, born-digital)

	private static byte[] writeAcmePdf(Invoice inv) throws IOException {
		try (PDDocument doc = newDocument(inv, "Invoice " + inv.number())) {
			try (PdfPage page = PdfPage.add(doc, PdfPage.newFonts())) {
				acmeHeader(page, inv);
				acmeParties(page, inv);
				float y = acmeTable(page, inv, 300);
				y = acmeTotals(page, inv, y + 12);
				acmeTerms(page, inv, y + 36);
				acmeFooter(page, inv);
			}
			return save(doc);
		}
	}

	private static void acmeHeader(PdfPage page, Invoice inv) throws IOException {
		Party v = inv.vendor();
		page.text(HELVETICA_BOLD, 18, 50, 70, v.name());
		float y = 90;
		for (String line : v.address()) {
			page.text(HELVETICA, 9.5f, 50, y, line);
			y += 12;
		}
		page.text(HELVETICA, 9.5f, 50, y + 4, "VAT ID: " + v.taxId());
		page.text(HELVETICA, 9.5f, 50, y + 16, "Phone: " + v.phone());
		page.text(HELVETICA, 9.5f, 50, y + 28, "Email: " + v.email());
		page.text(HELVETICA, 9.5f, 50, y + 40, "IBAN: " + v.iban());

		page.textRight(HELVETICA_BOLD, 26, 545, 74, "INVOICE");
		String[][] facts = {
				{ "Invoice number", inv.number() },
				{ "Invoice date", EN_DATE.format(inv.date()) },
				{ "Due date", EN_DATE.format(inv.dueDate()) },
				{ "PO number", inv.reference() },
				{ "Currency", inv.currency() } };
		float fy = 104;
		for (String[] fact : facts) {
			page.text(HELVETICA, 9.5f, 360, fy, fact[0] + ":");
			page.textRight(HELVETICA_BOLD, 9.5f, 545, fy, fact[1]);
			fy += 14;
		}
	}

	private static void acmeParties(PdfPage page, Invoice inv) throws IOException {
		Party c = inv.customer();
		page.text(HELVETICA_BOLD, 8, 50, 200, "BILL TO");
		page.text(HELVETICA_BOLD, 10.5f, 50, 215, c.name());
		float y = 228;
		for (String line : c.address()) {
			page.text(HELVETICA, 9.5f, 50, y, line);
			y += 12;
		}
		page.text(HELVETICA, 9.5f, 50, y, "VAT ID: " + c.taxId());
	}

	/** Returns the y below the last row. */
	private static float acmeTable(PdfPage page, Invoice inv, float top) throws IOException {
		page.fill(50, top, 495, 20, 0.88f);
		page.text(HELVETICA_BOLD, 9, 56, top + 13.5f, "Description");
		page.textRight(HELVETICA_BOLD, 9, 370, top + 13.5f, "Qty");
		page.textRight(HELVETICA_BOLD, 9, 455, top + 13.5f, "Unit price");
		page.textRight(HELVETICA_BOLD, 9, 539, top + 13.5f, "Amount");
		float y = top + 20;
		for (Line line : inv.lines()) {
			page.text(HELVETICA, 9.5f, 56, y + 15, line.description());
			page.textRight(HELVETICA, 9.5f, 370, y + 15, quantity(line.quantity(), '.'));
			page.textRight(HELVETICA, 9.5f, 455, y + 15, EN_AMOUNT.format(line.unitPrice()));
			page.textRight(HELVETICA, 9.5f, 539, y + 15, EN_AMOUNT.format(line.amount()));
			y += 22;
			page.rule(50, y, 545, 0.5f, 0.75f);
		}
		return y;
	}

	private static float acmeTotals(PdfPage page, Invoice inv, float top) throws IOException {
		float y = top + 12;
		page.text(HELVETICA, 9.5f, 360, y, "Subtotal");
		page.textRight(HELVETICA, 9.5f, 539, y, EN_AMOUNT.format(inv.subtotal()));
		y += 16;
		page.text(HELVETICA, 9.5f, 360, y, "VAT " + inv.taxRatePercent().toPlainString() + "%");
		page.textRight(HELVETICA, 9.5f, 539, y, EN_AMOUNT.format(inv.tax()));
		y += 8;
		page.rule(360, y, 545, 1f, 0f);
		y += 16;
		page.text(HELVETICA_BOLD, 11, 360, y, "Total " + inv.currency());
		page.textRight(HELVETICA_BOLD, 11, 539, y, EN_AMOUNT.format(inv.total()));
		return y;
	}

	private static void acmeTerms(PdfPage page, Invoice inv, float top) throws IOException {
		page.text(HELVETICA_BOLD, 9.5f, 50, top, "Payment terms");
		page.text(HELVETICA, 9.5f, 50, top + 14, "Net 30 days, payable by " + EN_DATE.format(inv.dueDate())
				+ " by bank transfer to IBAN " + inv.vendor().iban() + ".");
		page.text(HELVETICA, 9.5f, 50, top + 26, "Please quote " + inv.number() + " as the payment reference.");
		page.text(HELVETICA_OBLIQUE, 9.5f, 50, top + 48, "Thank you for your business.");
	}

	private static void acmeFooter(PdfPage page, Invoice inv) throws IOException {
		page.rule(50, 790, 545, 0.5f, 0.6f);
		page.text(HELVETICA, 7.5f, 50, 802, inv.vendor().name() + "  |  Registered office Vienna  |  FN 482913 k, "
				+ "Commercial Court Vienna  |  VAT ID " + inv.vendor().taxId());
		page.textRight(HELVETICA, 7.5f, 545, 814, "Page 1 of 1");
	}

	// ---------------------------------------------------------------- müller (German, born-digital, 2 pages)

	/** Where the item table starts on the first page (below the address block) and on later pages. */
	private static final float DE_FIRST_TABLE_TOP = 348;
	private static final float DE_LATER_TABLE_TOP = 108;
	private static final float DE_TABLE_HEADER = 18;
	private static final float DE_ROW = 19;
	/** Rows stop here, leaving room for the carry-over line and the page number above the footer. */
	private static final float DE_TABLE_BOTTOM = 700;
	/** On the last page the totals and closing text need about 140 pt below the rows. */
	private static final float DE_LAST_ROWS_BOTTOM = 590;

	private static byte[] writeMullerPdf(Invoice inv) throws IOException {
		List<List<Line>> pages = paginate(inv.lines(), DE_FIRST_TABLE_TOP + DE_TABLE_HEADER,
				DE_LATER_TABLE_TOP + DE_TABLE_HEADER + DE_ROW);
		try (PDDocument doc = newDocument(inv, "Rechnung " + inv.number())) {
			Map<FontName, PDFont> fonts = PdfPage.newFonts();
			BigDecimal carried = BigDecimal.ZERO.setScale(2);
			int position = 1;
			for (int p = 0; p < pages.size(); p++) {
				try (PdfPage page = PdfPage.add(doc, fonts)) {
					carried = mullerPage(page, inv, pages, p, position, carried);
				}
				position += pages.get(p).size();
			}
			return save(doc);
		}
	}

	/** Draws one page of the item table and returns the net amount carried over to the next page. */
	private static BigDecimal mullerPage(PdfPage page, Invoice inv, List<List<Line>> pages, int index,
			int firstPosition, BigDecimal carried) throws IOException {
		boolean first = index == 0;
		float y = first ? mullerFirstPageHeader(page, inv) : mullerFollowingPageHeader(page, inv);
		y = mullerTableHeader(page, y);
		if (!first) {
			y = mullerCarryRow(page, y, "Übertrag", carried);
		}
		int position = firstPosition;
		for (Line line : pages.get(index)) {
			y = mullerRow(page, y, position++, line);
			carried = carried.add(line.amount());
		}
		if (index == pages.size() - 1) {
			mullerTotals(page, inv, y + 6);
		}
		else {
			mullerCarryRow(page, y + 2, "Zwischensumme / Übertrag auf Seite " + (index + 2), carried);
		}
		mullerFooter(page, inv, index + 1, pages.size());
		return carried;
	}

	/**
	 * Splits lines into pages: the first page starts lower (address block), later pages start higher,
	 * and the last page must leave room for the totals and closing text.
	 */
	private static List<List<Line>> paginate(List<Line> lines, float firstRowsTop, float laterRowsTop) {
		List<List<Line>> pages = new ArrayList<>();
		int from = 0;
		float top = firstRowsTop;
		while (from < lines.size()) {
			int fit = (int) ((DE_TABLE_BOTTOM - top) / DE_ROW);
			int remaining = lines.size() - from;
			if (remaining <= fit && top + remaining * DE_ROW > DE_LAST_ROWS_BOTTOM) {
				fit = remaining - 1; // totals would not fit below: push the last line to a new page
			}
			int to = Math.min(lines.size(), from + fit);
			pages.add(lines.subList(from, to));
			from = to;
			top = laterRowsTop;
		}
		return pages;
	}

	private static float mullerFirstPageHeader(PdfPage page, Invoice inv) throws IOException {
		Party v = inv.vendor();
		page.text(HELVETICA_BOLD, 20, 57, 62, v.name());
		page.text(HELVETICA, 9, 57, 78, "Befestigungstechnik · Werkzeuge · Betriebsausstattung");
		// Sender line above the envelope window, as DIN 5008 lays it out.
		page.text(HELVETICA, 7, 57, 138, v.name() + " · " + String.join(" · ", v.address()));
		page.rule(57, 141, 290, 0.4f, 0.5f);
		Party c = inv.customer();
		page.text(HELVETICA, 10, 57, 160, c.name());
		float y = 173;
		for (String line : c.address()) {
			page.text(HELVETICA, 10, 57, y, line);
			y += 13;
		}
		mullerFacts(page, inv);
		page.text(HELVETICA_BOLD, 15, 57, 290, "Rechnung " + inv.number());
		page.text(HELVETICA, 10, 57, 316, "Sehr geehrte Damen und Herren,");
		page.text(HELVETICA, 10, 57, 330,
				"für unsere Lieferungen und Leistungen gemäß Ihrer Bestellung berechnen wir Ihnen:");
		return DE_FIRST_TABLE_TOP;
	}

	private static void mullerFacts(PdfPage page, Invoice inv) throws IOException {
		String[][] facts = {
				{ "Rechnungsnummer", inv.number() },
				{ "Rechnungsdatum", DE_DATE.format(inv.date()) },
				{ "Leistungsdatum", DE_DATE.format(inv.date().minusDays(4)) },
				{ "Kundennummer", "40917" },
				{ "Ihre Bestellung", inv.reference() + " vom " + DE_DATE.format(inv.date().minusDays(8)) },
				{ "Ansprechpartner", "Frau S. Kaya" },
				{ "Telefon", inv.vendor().phone() } };
		float y = 160;
		for (String[] fact : facts) {
			page.text(HELVETICA, 8.5f, 345, y, fact[0]);
			page.text(HELVETICA, 8.5f, 430, y, fact[1]);
			y += 12.5f;
		}
	}

	private static float mullerFollowingPageHeader(PdfPage page, Invoice inv) throws IOException {
		page.text(HELVETICA_BOLD, 11, 57, 62, inv.vendor().name());
		page.textRight(HELVETICA, 9, 538, 62, "Rechnung " + inv.number() + " vom " + DE_DATE.format(inv.date()));
		page.rule(57, 70, 538, 0.5f, 0.5f);
		return DE_LATER_TABLE_TOP;
	}

	private static float mullerTableHeader(PdfPage page, float top) throws IOException {
		page.fill(57, top, 481, DE_TABLE_HEADER, 0.9f);
		float base = top + 12.5f;
		page.text(HELVETICA_BOLD, 8.5f, 60, base, "Pos.");
		page.text(HELVETICA_BOLD, 8.5f, 86, base, "Art.-Nr.");
		page.text(HELVETICA_BOLD, 8.5f, 128, base, "Bezeichnung");
		page.textRight(HELVETICA_BOLD, 8.5f, 372, base, "Menge");
		page.text(HELVETICA_BOLD, 8.5f, 378, base, "Einheit");
		page.textRight(HELVETICA_BOLD, 8.5f, 470, base, "Einzelpreis");
		page.textRight(HELVETICA_BOLD, 8.5f, 535, base, "Gesamt (€)");
		return top + DE_TABLE_HEADER;
	}

	private static float mullerRow(PdfPage page, float top, int position, Line line) throws IOException {
		float base = top + 13;
		page.textRight(HELVETICA, 8.5f, 74, base, Integer.toString(position));
		page.text(HELVETICA, 8.5f, 86, base, line.sku());
		page.text(HELVETICA, 8.5f, 128, base, line.description());
		page.textRight(HELVETICA, 8.5f, 372, base, quantity(line.quantity(), ','));
		page.text(HELVETICA, 8.5f, 378, base, line.unit());
		page.textRight(HELVETICA, 8.5f, 470, base, DE_AMOUNT.format(line.unitPrice()));
		page.textRight(HELVETICA, 8.5f, 535, base, DE_AMOUNT.format(line.amount()));
		page.rule(57, top + DE_ROW, 538, 0.3f, 0.8f);
		return top + DE_ROW;
	}

	private static float mullerCarryRow(PdfPage page, float top, String label, BigDecimal amount)
			throws IOException {
		page.text(HELVETICA_OBLIQUE, 8.5f, 128, top + 13, label);
		page.textRight(HELVETICA_BOLD, 8.5f, 535, top + 13, DE_AMOUNT.format(amount));
		return top + DE_ROW;
	}

	private static void mullerTotals(PdfPage page, Invoice inv, float top) throws IOException {
		String rate = inv.taxRatePercent().toPlainString();
		float y = top + 14;
		page.text(HELVETICA, 9.5f, 345, y, "Nettobetrag");
		page.textRight(HELVETICA, 9.5f, 535, y, DE_AMOUNT.format(inv.subtotal()) + " €");
		y += 15;
		page.text(HELVETICA, 9.5f, 345, y, "zzgl. MwSt " + rate + " %");
		page.textRight(HELVETICA, 9.5f, 535, y, DE_AMOUNT.format(inv.tax()) + " €");
		y += 7;
		page.rule(345, y, 538, 0.8f, 0f);
		y += 15;
		page.text(HELVETICA_BOLD, 11, 345, y, "Gesamtbetrag");
		page.textRight(HELVETICA_BOLD, 11, 535, y, DE_AMOUNT.format(inv.total()) + " €");
		page.rule(345, y + 4, 538, 0.5f, 0f);
		page.rule(345, y + 6, 538, 0.5f, 0f);
		mullerClosing(page, inv, y + 34);
	}

	private static void mullerClosing(PdfPage page, Invoice inv, float top) throws IOException {
		page.text(HELVETICA, 9.5f, 57, top, "Zahlbar innerhalb von 14 Tagen ohne Abzug bis zum "
				+ DE_DATE.format(inv.dueDate()) + ".");
		page.text(HELVETICA, 9.5f, 57, top + 13,
				"Bitte geben Sie bei der Zahlung die Rechnungsnummer " + inv.number() + " an.");
		page.text(HELVETICA, 9.5f, 57, top + 32, "Mit freundlichen Grüßen");
		page.text(HELVETICA, 9.5f, 57, top + 45, inv.vendor().name());
	}

	private static void mullerFooter(PdfPage page, Invoice inv, int pageNumber, int pageCount)
			throws IOException {
		Party v = inv.vendor();
		page.textRight(HELVETICA, 8, 538, 740, "Seite " + pageNumber + " von " + pageCount);
		page.rule(57, 752, 538, 0.5f, 0.5f);
		String[][] columns = {
				{ v.name(), v.address().get(0), v.address().get(1), "Tel. " + v.phone(), v.email() },
				{ "Geschäftsführer: Klaus Müller", "Amtsgericht Stuttgart HRB 734512", "Steuernr. 99013/24718",
						"USt-IdNr. " + v.taxId() },
				{ "Commerzbank Köln", "IBAN " + v.iban(), "BIC COBADEFFXXX" } };
		float[] xs = { 57, 222, 387 };
		for (int col = 0; col < columns.length; col++) {
			float y = 764;
			for (String line : columns[col]) {
				page.text(HELVETICA, 7, xs[col], y, line);
				y += 9;
			}
		}
	}

	// ---------------------------------------------------------------- lefèvre (French, scanned image)

	/** A4 at 150 dpi. */
	private static final int SCAN_WIDTH = 1240;
	private static final int SCAN_HEIGHT = 1754;
	private static final double SCAN_DPI = 150;

	private static byte[] writeScannedPng(Invoice inv) throws IOException {
		BufferedImage page = grayCanvas(SCAN_WIDTH, SCAN_HEIGHT, 255);
		Graphics2D g = graphics(page);
		g.scale(SCAN_DPI / 72, SCAN_DPI / 72); // lay out in points, like the PDFs
		RasterPage raster = new RasterPage(g);
		lefevreHeader(raster, inv);
		float y = lefevreTable(raster, inv, 318);
		lefevreTotals(raster, inv, y + 14);
		lefevreFooter(raster, inv);
		g.dispose();
		BufferedImage scanned = scanArtifacts(rotate(page, Math.toRadians(0.9)), new Random(42));
		return encodePng(scanned, SCAN_DPI);
	}

	private static void lefevreHeader(RasterPage page, Invoice inv) {
		Party v = inv.vendor();
		page.text(true, 17, 50, 72, v.name());
		page.text(false, 9.5f, 50, 90, "Impression offset et numérique");
		page.text(false, 9.5f, 50, 104, String.join(", ", v.address()));
		page.text(false, 9.5f, 50, 118, "Tél. " + v.phone() + " · " + v.email());
		page.text(false, 9.5f, 50, 132, "SIRET 482 130 754 00021 · N° TVA intracom. " + v.taxId());

		page.textRight(true, 24, 545, 74, "FACTURE");
		page.textRight(false, 10, 545, 96, "N° " + inv.number());
		page.textRight(false, 10, 545, 111, "Date : " + FR_DATE.format(inv.date()));
		page.textRight(false, 10, 545, 126, "Échéance : " + FR_DATE.format(inv.dueDate()));

		Party c = inv.customer();
		page.box(330, 170, 215, 76);
		page.text(false, 8, 340, 186, "Client");
		page.text(true, 11, 340, 203, c.name());
		float y = 218;
		for (String line : c.address()) {
			page.text(false, 10, 340, y, line);
			y += 13;
		}
	}

	private static float lefevreTable(RasterPage page, Invoice inv, float top) {
		page.rule(50, top, 545, 1.2f);
		page.text(true, 9.5f, 54, top + 15, "Désignation");
		page.textRight(true, 9.5f, 360, top + 15, "Qté");
		page.textRight(true, 9.5f, 455, top + 15, "P.U. HT");
		page.textRight(true, 9.5f, 541, top + 15, "Montant HT");
		float y = top + 22;
		page.rule(50, y, 545, 0.8f);
		for (Line line : inv.lines()) {
			page.text(false, 10, 54, y + 17, line.description());
			page.textRight(false, 10, 360, y + 17, quantity(line.quantity(), ','));
			page.textRight(false, 10, 455, y + 17, FR_AMOUNT.format(line.unitPrice()) + " €");
			page.textRight(false, 10, 541, y + 17, FR_AMOUNT.format(line.amount()) + " €");
			y += 25;
		}
		page.rule(50, y, 545, 0.8f);
		return y;
	}

	private static void lefevreTotals(RasterPage page, Invoice inv, float top) {
		String[][] rows = {
				{ "Total HT", FR_AMOUNT.format(inv.subtotal()) + " €" },
				{ "TVA " + inv.taxRatePercent().toPlainString() + " %", FR_AMOUNT.format(inv.tax()) + " €" } };
		float y = top + 14;
		for (String[] row : rows) {
			page.text(false, 10, 360, y, row[0]);
			page.textRight(false, 10, 541, y, row[1]);
			y += 17;
		}
		page.box(355, y - 9, 190, 26);
		page.text(true, 12, 362, y + 9, "Total TTC");
		page.textRight(true, 12, 538, y + 9, FR_AMOUNT.format(inv.total()) + " €");
	}

	private static void lefevreFooter(RasterPage page, Invoice inv) {
		float y = 600;
		page.text(true, 9.5f, 50, y, "Conditions de paiement");
		page.text(false, 9.5f, 50, y + 15, "Paiement à 30 jours par virement, au plus tard le "
				+ FR_DATE.format(inv.dueDate()) + ".");
		page.text(false, 9.5f, 50, y + 29, "IBAN " + inv.vendor().iban() + " · BIC PSSTFRPPLYO");
		page.text(false, 8, 50, y + 47, "En cas de retard : pénalités au taux de 3 fois le taux d'intérêt légal "
				+ "et indemnité forfaitaire pour frais de recouvrement de 40 €.");
		page.text(false, 8, 50, y + 59, "Pas d'escompte pour paiement anticipé.");
		page.rule(50, 790, 545, 0.5f);
		page.text(false, 7.5f, 50, 802, inv.vendor().name() + " au capital de 20 000 € · RCS Lyon 482 130 754 "
				+ "· Code APE 1812Z");
	}

	// ---------------------------------------------------------------- kedai (Malaysian till receipt)

	/** 72 mm of printable thermal paper at 203 dpi, the usual 80 mm till printer. */
	private static final int RECEIPT_WIDTH = 576;
	private static final int RECEIPT_LINE = 27;

	private static byte[] writeReceiptJpg(Invoice inv) throws IOException {
		List<String[]> rows = receiptRows(inv);
		int height = 60 + rows.size() * RECEIPT_LINE + 40;
		BufferedImage paper = grayCanvas(RECEIPT_WIDTH, height, 255);
		Graphics2D g = graphics(paper);
		RasterPage page = new RasterPage(g);
		float y = 60;
		for (String[] row : rows) {
			receiptRow(page, row, y);
			y += RECEIPT_LINE;
		}
		g.dispose();
		return encodeJpeg(thermalArtifacts(soften(paper), new Random(7)), 0.72f, 203);
	}

	/**
	 * One row per printed line: {@code {style, text}} or {@code {style, left, right}}, where style is
	 * C (centred), B (centred bold), L (left and right columns), T (the total, large bold) or - (dashed rule).
	 */
	private static List<String[]> receiptRows(Invoice inv) {
		Party v = inv.vendor();
		List<String[]> rows = new ArrayList<>();
		rows.add(new String[] { "B", v.name() });
		rows.add(new String[] { "C", "(002745318-W)" });
		v.address().forEach(line -> rows.add(new String[] { "C", line }));
		rows.add(new String[] { "C", "TEL: " + v.phone() });
		rows.add(new String[] { "C", "GST ID: " + v.taxId() });
		rows.add(new String[] { "B", "TAX INVOICE" });
		rows.add(new String[] { "L", "INV NO: " + inv.number(), "DATE: " + MY_DATE.format(inv.date()) });
		rows.add(new String[] { "L", "CASHIER: AZLINA", "TIME: 18:42:07" });
		rows.add(new String[] { "-" });
		rows.add(new String[] { "L", "ITEM", "AMOUNT(RM)" });
		rows.add(new String[] { "-" });
		for (Line line : inv.lines()) {
			rows.add(new String[] { "L", line.description(), "" });
			rows.add(new String[] { "L", "   " + quantity(line.quantity(), '.') + " x " + MY_AMOUNT.format(line.unitPrice()),
					MY_AMOUNT.format(line.amount()) + " SR" });
		}
		rows.add(new String[] { "-" });
		receiptTotals(inv, rows);
		rows.add(new String[] { "C", "THANK YOU. PLEASE COME AGAIN." });
		rows.add(new String[] { "C", "GOODS SOLD ARE NOT RETURNABLE" });
		return rows;
	}

	private static void receiptTotals(Invoice inv, List<String[]> rows) {
		BigDecimal cash = new BigDecimal("50.00");
		String rate = inv.taxRatePercent().toPlainString();
		rows.add(new String[] { "L", "TOTAL EXCL. GST", MY_AMOUNT.format(inv.subtotal()) });
		rows.add(new String[] { "L", "GST @ " + rate + "%", MY_AMOUNT.format(inv.tax()) });
		rows.add(new String[] { "T", "TOTAL RM", MY_AMOUNT.format(inv.total()) });
		rows.add(new String[] { "L", "CASH", MY_AMOUNT.format(cash) });
		rows.add(new String[] { "L", "CHANGE", MY_AMOUNT.format(cash.subtract(inv.total())) });
		rows.add(new String[] { "-" });
		rows.add(new String[] { "L", "GST SUMMARY", "AMT(RM)   TAX(RM)" });
		rows.add(new String[] { "L", "SR @ " + rate + "%",
				MY_AMOUNT.format(inv.subtotal()) + "      " + MY_AMOUNT.format(inv.tax()) });
		rows.add(new String[] { "-" });
	}

	private static void receiptRow(RasterPage page, String[] row, float y) {
		float right = RECEIPT_WIDTH - 18;
		switch (row[0]) {
			case "B" -> page.textCentered(true, 23, RECEIPT_WIDTH / 2f, y, row[1]);
			case "C" -> page.textCentered(false, 19, RECEIPT_WIDTH / 2f, y, row[1]);
			case "T" -> {
				page.text(true, 24, 18, y + 2, row[1]);
				page.textRight(true, 24, right, y + 2, row[2]);
			}
			case "-" -> page.dashes(18, y - 7, right);
			default -> {
				page.text(false, 19, 18, y, row[1]);
				page.textRight(false, 19, right, y, row[2]);
			}
		}
	}

	// ---------------------------------------------------------------- scan and print artifacts

	/** Rotates around the centre like a sheet laid slightly askew on the glass; uncovered corners stay white. */
	private static BufferedImage rotate(BufferedImage page, double radians) {
		BufferedImage out = grayCanvas(page.getWidth(), page.getHeight(), 255);
		Graphics2D g = graphics(out);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(radians, page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return out;
	}

	/**
	 * Adds what a flatbed scan shows: grain on the ink, a few dust specks and a shadow along the lid
	 * edge. The paper itself is clipped to white, as scanner software does, which also keeps the PNG
	 * small: noise over the whole page would not compress.
	 */
	private static BufferedImage scanArtifacts(BufferedImage image, Random random) {
		WritableRaster r = image.getRaster();
		for (int y = 0; y < r.getHeight(); y++) {
			for (int x = 0; x < r.getWidth(); x++) {
				int v = r.getSample(x, y, 0);
				if (v < 235) {
					// Quantised grain: a handful of levels looks the same and deflates far better.
					v = (v + (int) (random.nextGaussian() * 10)) & ~0x7;
				}
				r.setSample(x, y, 0, v >= 228 ? 255 : clamp(v + 6));
			}
		}
		lidShadow(r);
		dust(r, random, 60);
		return image;
	}

	private static void lidShadow(WritableRaster r) {
		for (int y = 0; y < 14; y++) {
			int v = 150 + y * 7;
			for (int x = 0; x < r.getWidth(); x++) {
				r.setSample(x, y, 0, Math.min(r.getSample(x, y, 0), v));
			}
		}
	}

	private static void dust(WritableRaster r, Random random, int specks) {
		for (int i = 0; i < specks; i++) {
			int cx = 20 + random.nextInt(r.getWidth() - 40);
			int cy = 20 + random.nextInt(r.getHeight() - 40);
			int size = 1 + random.nextInt(2);
			for (int y = cy; y < cy + size; y++) {
				for (int x = cx; x < cx + size; x++) {
					r.setSample(x, y, 0, 90 + random.nextInt(60));
				}
			}
		}
	}

	/**
	 * Thermal paper is never white and fades unevenly: a grey cast, a gentle fade towards one side and
	 * fine grain. Here noise everywhere is fine because JPEG copes with it.
	 */
	private static BufferedImage thermalArtifacts(BufferedImage image, Random random) {
		WritableRaster r = image.getRaster();
		int w = r.getWidth();
		int h = r.getHeight();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int v = r.getSample(x, y, 0);
				double ink = (255 - v) / 255.0;
				double fade = 0.78 + 0.22 * (1 - (double) x / w) * (0.6 + 0.4 * Math.sin(y / 97.0));
				int paper = 236 - (int) (8.0 * y / h);
				int grey = (int) Math.round(paper - ink * (paper - 40) * fade + random.nextGaussian() * 3.5);
				r.setSample(x, y, 0, clamp(grey));
			}
		}
		return image;
	}

	/** Thermal print dots bleed a little; without this the glyph edges look rendered, not printed. */
	private static BufferedImage soften(BufferedImage image) {
		float[] kernel = { 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f };
		return new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

	// ---------------------------------------------------------------- image encoding

	private static byte[] encodePng(BufferedImage image, double dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0f); // 0 selects the strongest deflate level
		IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		// The native tree, because the JDK turns the standard HorizontalPixelSize into a wrong pHYs value.
		String format = "javax_imageio_png_1.0";
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
		physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
		physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode(format);
		root.appendChild(physical);
		metadata.mergeTree(format, root);
		return encode(writer, image, param, metadata);
	}

	private static byte[] encodeJpeg(BufferedImage image, float quality, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		// The native tree, because the JDK reads only an aspect ratio from the standard pixel sizes.
		String format = "javax_imageio_jpeg_image_1.0";
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
		IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
		jfif.setAttribute("resUnits", "1"); // dots per inch
		jfif.setAttribute("Xdensity", Integer.toString(dpi));
		jfif.setAttribute("Ydensity", Integer.toString(dpi));
		metadata.setFromTree(format, root);
		return encode(writer, image, param, metadata);
	}

	/** Writes with the resolution recorded in the file, since OCR engines use it to guess the text size. */
	private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param,
			IIOMetadata metadata) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

	// ---------------------------------------------------------------- raster drawing

	private static BufferedImage grayCanvas(int width, int height, int value) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
		Graphics2D g = image.createGraphics();
		g.setColor(new Color(value, value, value));
		g.fillRect(0, 0, width, height);
		g.dispose();
		return image;
	}

	private static Graphics2D graphics(BufferedImage image) {
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
		g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
		g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
		g.setColor(Color.BLACK);
		return g;
	}

	/** Java2D counterpart of {@link PdfPage}: coordinates from the top-left, y is the text baseline. */
	private static final class RasterPage {

		private static final Font BASE_FONT = loadRasterFont();

		private final Graphics2D g;

		RasterPage(Graphics2D g) {
			this.g = g;
		}

		void text(boolean bold, float size, float x, float y, String s) {
			g.setFont(font(bold, size));
			g.drawString(s, x, y);
		}

		void textRight(boolean bold, float size, float right, float y, String s) {
			text(bold, size, right - width(bold, size, s), y, s);
		}

		void textCentered(boolean bold, float size, float centre, float y, String s) {
			text(bold, size, centre - width(bold, size, s) / 2, y, s);
		}

		void rule(float x1, float y, float x2, float thickness) {
			g.setStroke(new BasicStroke(thickness));
			g.draw(new Line2D.Float(x1, y, x2, y));
		}

		void box(float x, float y, float w, float h) {
			g.setStroke(new BasicStroke(0.8f));
			g.draw(new Rectangle2D.Float(x, y, w, h));
		}

		void dashes(float x1, float y, float x2) {
			g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 8f, 5f }, 0f));
			g.draw(new Line2D.Float(x1, y, x2, y));
		}

		private float width(boolean bold, float size, String s) {
			return (float) font(bold, size).getStringBounds(s, g.getFontRenderContext()).getWidth();
		}

		/** The bundled font has no bold face; Java2D emboldens it algorithmically. */
		private static Font font(boolean bold, float size) {
			return BASE_FONT.deriveFont(bold ? Font.BOLD : Font.PLAIN, size);
		}

		private static Font loadRasterFont() {
			try (InputStream in = PDDocument.class.getResourceAsStream(RASTER_FONT)) {
				if (in == null) {
					throw new IllegalStateException("Font not found on the classpath: " + RASTER_FONT);
				}
				return Font.createFont(Font.TRUETYPE_FONT, in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (FontFormatException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

	// ---------------------------------------------------------------- pdf drawing

	/** A new document with fixed metadata and id, so that saving it twice gives the same bytes. */
	private static PDDocument newDocument(Invoice inv, String title) {
		PDDocument doc = new PDDocument();
		PDDocumentInformation info = doc.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(inv.vendor().name());
		info.setSubject("Sample invoice for OCR and extraction tests");
		info.setCreator("io.invoiceocr.samples.SampleInvoiceGenerator");
		info.setProducer("Apache PDFBox");
		Calendar created = fixedCalendar(inv.date());
		info.setCreationDate(created);
		info.setModificationDate(created);
		// Without an explicit /ID the writer derives one from the current time.
		byte[] id = md5(inv.fileName());
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		doc.getDocument().getTrailer().setItem(COSName.ID, ids);
		return doc;
	}

	private static Calendar fixedCalendar(LocalDate date) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(date.atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
		return calendar;
	}

	private static byte[] md5(String text) {
		try {
			return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static byte[] save(PDDocument doc) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		doc.save(bytes);
		return bytes.toByteArray();
	}

	/** An A4 page's content stream with coordinates from the top-left, matching {@link RasterPage}. */
	private static final class PdfPage implements AutoCloseable {

		private final PDPageContentStream content;

		private final Map<FontName, PDFont> fonts;

		private final float height;

		private PdfPage(PDPageContentStream content, Map<FontName, PDFont> fonts, float height) {
			this.content = content;
			this.fonts = fonts;
			this.height = height;
		}

		/**
		 * Adds a page. {@code fonts} must belong to this document alone: a PDFBox font object keeps
		 * the object number it was last saved under, so sharing one between documents makes a
		 * document's bytes depend on what was saved before it.
		 */
		static PdfPage add(PDDocument doc, Map<FontName, PDFont> fonts) throws IOException {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			return new PdfPage(new PDPageContentStream(doc, page), fonts, page.getMediaBox().getHeight());
		}

		static Map<FontName, PDFont> newFonts() {
			Map<FontName, PDFont> fonts = new EnumMap<>(FontName.class);
			for (FontName name : List.of(HELVETICA, HELVETICA_BOLD, HELVETICA_OBLIQUE)) {
				fonts.put(name, new PDType1Font(name));
			}
			return fonts;
		}

		void text(FontName font, float size, float x, float y, String s) throws IOException {
			content.beginText();
			content.setFont(fonts.get(font), size);
			content.newLineAtOffset(x, height - y);
			content.showText(s);
			content.endText();
		}

		void textRight(FontName font, float size, float right, float y, String s) throws IOException {
			text(font, size, right - fonts.get(font).getStringWidth(s) / 1000 * size, y, s);
		}

		void rule(float x1, float y, float x2, float thickness, float gray) throws IOException {
			content.setLineWidth(thickness);
			content.setStrokingColor(gray);
			content.moveTo(x1, height - y);
			content.lineTo(x2, height - y);
			content.stroke();
			content.setStrokingColor(0f);
		}

		void fill(float x, float y, float w, float h, float gray) throws IOException {
			content.setNonStrokingColor(gray);
			content.addRect(x, height - y - h, w, h);
			content.fill();
			content.setNonStrokingColor(0f);
		}

		@Override
		public void close() throws IOException {
			content.close();
		}

	}

	// ---------------------------------------------------------------- formatting

	private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
	private static final DateTimeFormatter DE_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
	private static final DateTimeFormatter FR_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
	private static final DateTimeFormatter MY_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/** Built from explicit symbols: locale data (e.g. the French grouping space) differs between JDKs. */
	private static DecimalFormat amountFormat(char grouping, char decimal) {
		DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
		symbols.setGroupingSeparator(grouping);
		symbols.setDecimalSeparator(decimal);
		DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
		format.setRoundingMode(RoundingMode.UNNECESSARY); // amounts are already rounded to cents
		return format;
	}

	private static String quantity(BigDecimal quantity, char decimal) {
		return quantity.stripTrailingZeros().toPlainString().replace('.', decimal);
	}

	// ---------------------------------------------------------------- sidecar

	/** Hand-written so the layout is fixed: key order, two-space indent, '\n' line ends on every OS. */
	static String toJson(Invoice inv) {
		StringBuilder json = new StringBuilder("{\n");
		field(json, "file", inv.fileName());
		field(json, "vendorName", inv.vendor().name());
		field(json, "vendorTaxId", inv.vendor().taxId());
		field(json, "invoiceNumber", inv.number());
		field(json, "invoiceDate", inv.date().toString());
		field(json, "dueDate", inv.dueDate() == null ? null : inv.dueDate().toString());
		field(json, "currency", inv.currency());
		field(json, "subtotal", inv.subtotal().toPlainString());
		field(json, "taxTotal", inv.tax().toPlainString());
		field(json, "total", inv.total().toPlainString());
		json.append("  \"lineItems\": [\n");
		for (int i = 0; i < inv.lines().size(); i++) {
			lineItem(json, inv.lines().get(i));
			json.append(i < inv.lines().size() - 1 ? ",\n" : "\n");
		}
		return json.append("  ]\n}\n").toString();
	}

	private static void lineItem(StringBuilder json, Line line) {
		json.append("    {")
			.append("\"description\": ").append(quote(line.description()))
			.append(", \"quantity\": ").append(quote(line.quantity().stripTrailingZeros().toPlainString()))
			.append(", \"unitPrice\": ").append(quote(line.unitPrice().setScale(2).toPlainString()))
			.append(", \"amount\": ").append(quote(line.amount().toPlainString()))
			.append('}');
	}

	private static void field(StringBuilder json, String name, String value) {
		json.append("  ").append(quote(name)).append(": ").append(value == null ? "null" : quote(value)).append(",\n");
	}

	private static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.append('"').toString();
	}

}
