package io.invoiceocr.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

import static io.invoiceocr.support.RawPdf.ascii;

/**
 * PDFs that are broken (a page tree that loops, no pages, a password), too much of something (pages,
 * path or text operations, a content stream that inflates to 400 MB, bytes), or readable but odd (forms
 * nested deep, a letter that is no invoice).
 */
public final class PdfFaults {

	private PdfFaults() {
	}

	public static byte[] cyclicPageTree() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int root = pdf.reserve();
		int inner = pdf.reserve();
		pdf.set(root, "<< /Type /Pages /Kids [" + inner + " 0 R] /Count 1 >>");
		pdf.set(inner, "<< /Type /Pages /Parent " + root + " 0 R /Kids [" + root + " 0 R] /Count 1 >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + root + " 0 R >>");
		return pdf.build(catalog);
	}

	public static byte[] noPages() {
		RawPdf pdf = new RawPdf();
		int catalog = pdf.reserve();
		int pages = pdf.add("<< /Type /Pages /Kids [] /Count 0 >>");
		pdf.set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R >>");
		return pdf.build(catalog);
	}

	/** A page of a million strokes across it: quick to write, minutes to draw. */
	public static byte[] millionPaths() {
		return RawPdf.onePage("", repeated(ascii("0 0 m 595 842 l S\n"), 1_000_000));
	}

	/** 300000 text objects of one glyph each, in the text layer. */
	public static byte[] manyTextOperations() {
		return RawPdf.onePage(HELVETICA, repeated(ascii("BT /F1 4 Tf 300 400 Td (x) Tj ET\n"), 300_000));
	}

	/** A content stream of 400 MB of blanks, some 400 KB compressed. */
	public static byte[] contentFlateBomb() {
		RawPdf pdf = new RawPdf();
		int contents = pdf.reserve();
		pdf.setStream(contents, "/Filter /FlateDecode", deflatedBlanks(400L * 1024 * 1024), false);
		return pdf.withPage("[0 0 595 842]", "", contents, "", "");
	}

	/** An invoice's text, drawn by a form inside a form ... {@code depth} deep. */
	public static byte[] nestedForms(int depth) {
		RawPdf pdf = new RawPdf();
		InvoicePdfs.Facts facts = InvoicePdfs.facts(6);
		StringBuilder text = new StringBuilder("BT /F1 11 Tf 16 TL 60 780 Td\n");
		for (String line : List.of(facts.vendor(), "Hafenstrasse 12, 20457 Hamburg", "INVOICE",
				"Invoice number: " + facts.number(), "Invoice date: " + facts.date(), "Bill to: Harbour Cafe Ltd",
				"Total: EUR " + facts.total())) {
			text.append('(').append(line).append(") Tj T*\n");
		}
		text.append("ET");
		int form = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << " + HELVETICA + " >>",
				ascii(text.toString()), true);
		for (int level = 1; level < depth; level++) {
			form = pdf.stream("/Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /XObject << /X0 " + form
					+ " 0 R >> >>", ascii("/X0 Do"), true);
		}
		return pdf.withA4Page("/XObject << /X0 " + form + " 0 R >>", ascii("/X0 Do"), "");
	}

	/** A page of a letter: text, but nothing an invoice has. */
	public static byte[] prosePdf(String catalogExtras) {
		StringBuilder text = new StringBuilder("BT /F1 11 Tf 16 TL 60 780 Td\n");
		for (String line : List.of("Dear neighbours,", "the summer party will take place in the courtyard again.",
				"Please bring a dish to share and a chair if you have one to spare.", "Children are very welcome,",
				"and so are dogs on a leash. We will start in the early evening", "and finish when the last guest leaves.",
				"Looking forward to seeing you all there.", "Kind regards from the residents' committee")) {
			text.append('(').append(line.replace("'", "\\'")).append(") Tj T*\n");
		}
		text.append("ET");
		return RawPdf.onePage(HELVETICA, ascii(text.toString()), "", catalogExtras);
	}

	public static byte[] blankPages(int count) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			for (int i = 0; i < count; i++) {
				document.addPage(new PDPage(PDRectangle.A4));
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] encrypted(byte[] pdf) {
		try (PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf);
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
					new AccessPermission());
			policy.setEncryptionKeyLength(128);
			document.protect(policy);
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A PDF that is too large only because of padding after its end, which readers ignore. */
	public static byte[] oversized(int bytes) {
		byte[] invoice = InvoicePdfs.invoice(7);
		byte[] padded = Arrays.copyOf(invoice, bytes);
		Arrays.fill(padded, invoice.length, bytes, (byte) '\n');
		return padded;
	}

	private static final String HELVETICA = "/Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
			+ "/Encoding /WinAnsiEncoding >> >>";

	private static byte[] repeated(byte[] unit, int times) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(unit.length * times);
		for (int i = 0; i < times; i++) {
			out.writeBytes(unit);
		}
		return out.toByteArray();
	}

	private static byte[] deflatedBlanks(long size) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] blanks = new byte[1024 * 1024];
		Arrays.fill(blanks, (byte) ' ');
		try (DeflaterOutputStream deflating = new DeflaterOutputStream(out, new Deflater(Deflater.BEST_COMPRESSION))) {
			for (long written = 0; written < size; written += blanks.length) {
				deflating.write(blanks);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
