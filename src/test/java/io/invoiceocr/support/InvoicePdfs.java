package io.invoiceocr.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Small born-digital invoices, each different, for runs over many documents. */
public final class InvoicePdfs {

	private InvoicePdfs() {
	}

	/** What invoice {@code n} says. */
	public record Facts(String vendor, String number, String date, BigDecimal total) {
	}

	public static Facts facts(int n) {
		BigDecimal net = BigDecimal.valueOf(100 + 7L * n).setScale(2);
		BigDecimal total = net.add(net.multiply(new BigDecimal("0.19"))).setScale(2, java.math.RoundingMode.HALF_UP);
		return new Facts("Brightline Office Supplies GmbH", "BL-2024-%04d".formatted(n),
				"2024-05-%02d".formatted(1 + n % 28), total);
	}

	/** A one-page A4 invoice with a text layer, number {@code n}. */
	public static byte[] invoice(int n) {
		Facts facts = facts(n);
		BigDecimal net = BigDecimal.valueOf(100 + 7L * n).setScale(2);
		BigDecimal tax = facts.total().subtract(net);
		List<String> lines = List.of(facts.vendor(), "Hafenstrasse 12, 20457 Hamburg", "VAT ID DE812345678", "",
				"INVOICE", "Invoice number: " + facts.number(), "Invoice date: " + facts.date(), "",
				"Bill to: Harbour Cafe Ltd, 4 Quay Road, Bristol", "", "Description                 Qty    Amount",
				"Paper A4, 80 g, box           1    " + net, "", "Subtotal: EUR " + net, "VAT 19%: EUR " + tax,
				"Total: EUR " + facts.total());
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
				content.setLeading(16);
				content.newLineAtOffset(60, 780);
				for (String line : lines) {
					content.showText(line);
					content.newLine();
				}
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
