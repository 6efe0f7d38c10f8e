package io.invoiceocr.samples;

import static io.invoiceocr.samples.ImageFiles.encodePng;
import static io.invoiceocr.samples.PaperArtifacts.rotate;
import static io.invoiceocr.samples.PaperArtifacts.scanArtifacts;
import static io.invoiceocr.samples.RasterPage.graphics;
import static io.invoiceocr.samples.RasterPage.grayCanvas;
import static io.invoiceocr.samples.SampleFormats.FR_AMOUNT;
import static io.invoiceocr.samples.SampleFormats.FR_DATE;
import static io.invoiceocr.samples.SampleFormats.quantity;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Random;

/** The French invoice as a flatbed scan: A4 at 150 dpi, a little askew, with grain, dust and a lid shadow. */
final class ScannedInvoicePng {

	/** A4 at 150 dpi. */
	private static final int SCAN_WIDTH = 1240;
	private static final int SCAN_HEIGHT = 1754;
	private static final double SCAN_DPI = 150;

	private ScannedInvoicePng() {
	}

	static byte[] render(Invoice inv) throws IOException {
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

}
