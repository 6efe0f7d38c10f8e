package io.invoiceocr.samples;

import static io.invoiceocr.samples.PdfDocuments.newDocument;
import static io.invoiceocr.samples.PdfDocuments.save;
import static io.invoiceocr.samples.PdfPage.HELVETICA;
import static io.invoiceocr.samples.PdfPage.HELVETICA_BOLD;
import static io.invoiceocr.samples.PdfPage.HELVETICA_OBLIQUE;
import static io.invoiceocr.samples.SampleFormats.DE_AMOUNT;
import static io.invoiceocr.samples.SampleFormats.DE_DATE;
import static io.invoiceocr.samples.SampleFormats.quantity;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;

/**
 * The German invoice, born digital, laid out as DIN 5008 does: enough lines to run onto a second page,
 * with the carried-over subtotal at the foot of one page and the head of the next.
 */
final class MullerInvoicePdf {

	/** Where the item table starts on the first page (below the address block) and on later pages. */
	private static final float DE_FIRST_TABLE_TOP = 348;
	private static final float DE_LATER_TABLE_TOP = 108;
	private static final float DE_TABLE_HEADER = 18;
	private static final float DE_ROW = 19;
	/** Rows stop here, leaving room for the carry-over line and the page number above the footer. */
	private static final float DE_TABLE_BOTTOM = 700;
	/** On the last page the totals and closing text need about 140 pt below the rows. */
	private static final float DE_LAST_ROWS_BOTTOM = 590;

	private MullerInvoicePdf() {
	}

	static byte[] render(Invoice inv) throws IOException {
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

}
