package io.invoiceocr.samples;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
 * <p>Each kind of sample has a renderer of its own: {@link AcmeInvoicePdf} (English, born digital),
 * {@link MullerInvoicePdf} (German, two pages), {@link ScannedInvoicePng} (French, scanned) and
 * {@link TillReceiptJpg} (a Malaysian till receipt); {@link SampleInvoices} holds what they print and
 * {@link SidecarJson} writes it down.
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
		written.addAll(write(dir, SampleInvoices.acmeInvoice(), AcmeInvoicePdf::render));
		written.addAll(write(dir, SampleInvoices.mullerInvoice(), MullerInvoicePdf::render));
		written.addAll(write(dir, SampleInvoices.lefevreInvoice(), ScannedInvoicePng::render));
		written.addAll(write(dir, SampleInvoices.kedaiReceipt(), TillReceiptJpg::render));
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
		Files.writeString(sidecar, SidecarJson.toJson(invoice), StandardCharsets.UTF_8);
		return List.of(file, sidecar);
	}

}
