package io.invoiceocr.samples;

import static io.invoiceocr.samples.PdfDocuments.newDocument;
import static io.invoiceocr.samples.PdfDocuments.save;
import static io.invoiceocr.samples.PdfPage.HELVETICA;
import static io.invoiceocr.samples.PdfPage.HELVETICA_BOLD;
import static io.invoiceocr.samples.PdfPage.HELVETICA_OBLIQUE;
import static io.invoiceocr.samples.SampleFormats.EN_AMOUNT;
import static io.invoiceocr.samples.SampleFormats.EN_DATE;
import static io.invoiceocr.samples.SampleFormats.quantity;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;

/** The English invoice, born digital: one page with a text layer in the standard 14 fonts. */
final class AcmeInvoicePdf {

	private AcmeInvoicePdf() {
	}

	static byte[] render(Invoice inv) throws IOException {
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

}
