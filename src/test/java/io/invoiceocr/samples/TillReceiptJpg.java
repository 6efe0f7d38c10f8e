package io.invoiceocr.samples;

import static io.invoiceocr.samples.ImageFiles.encodeJpeg;
import static io.invoiceocr.samples.PaperArtifacts.soften;
import static io.invoiceocr.samples.PaperArtifacts.thermalArtifacts;
import static io.invoiceocr.samples.RasterPage.graphics;
import static io.invoiceocr.samples.RasterPage.grayCanvas;
import static io.invoiceocr.samples.SampleFormats.MY_AMOUNT;
import static io.invoiceocr.samples.SampleFormats.MY_DATE;
import static io.invoiceocr.samples.SampleFormats.quantity;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The Malaysian till receipt as a photo of thermal paper: 80 mm printer, 203 dpi, a JPEG. */
final class TillReceiptJpg {

	/** 72 mm of printable thermal paper at 203 dpi, the usual 80 mm till printer. */
	private static final int RECEIPT_WIDTH = 576;
	private static final int RECEIPT_LINE = 27;

	private TillReceiptJpg() {
	}

	static byte[] render(Invoice inv) throws IOException {
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

}
