package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.invoiceocr.ocr.decode.DocumentDecodeException.Reason;

/** What a file is comes from its bytes, and the checks that need no decoding come first. */
class ContentDetectionTest {

	private static final DecodeLimits LIMITS = DecodeLimits.defaults();

	@TempDir
	Path dir;

	@Test
	void refusesAnEmptyFile() throws Exception {
		// given
		Path file = Files.write(dir.resolve("invoice.pdf"), new byte[0]);

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.EMPTY);
		assertThat(failure.getMessage()).contains("empty");
	}

	@Test
	void refusesAFileLargerThanTheByteLimitBeforeLookingInside() throws Exception {
		// given: a valid PDF one byte over the limit
		Path file = TestDocuments.bornDigitalPdf(dir.resolve("invoice.pdf"));
		long size = Files.size(file);
		DecodeLimits oneByteShort = new DecodeLimits(size - 1, 10, 1_000_000, 72, 20);

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, oneByteShort);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
		assertThat(failure.getMessage()).contains("the file is " + size + " bytes",
				"limit of " + (size - 1) + " bytes", "invoice-ocr.ocr.decode.max-bytes");
	}

	@Test
	void trustsTheContentOverTheFileName() throws Exception {
		// given: a PNG uploaded as "invoice.pdf"
		Path file = TestDocuments.writeImage(dir.resolve("invoice.pdf"),
				TestDocuments.markedImage(30, 30, BufferedImage.TYPE_INT_RGB), "png");

		// when
		String mediaType;
		try (DecodedDocument document = new DocumentDecoder(LIMITS).open(file)) {
			mediaType = document.mediaType();
		}

		// then
		assertThat(mediaType).isEqualTo("image/png");
	}

	@Test
	void namesAWordDocumentUploadedAsAPdf() throws Exception {
		// given
		Path file = TestDocuments.zip(dir.resolve("invoice.pdf"), "[Content_Types].xml", "_rels/.rels",
				"word/document.xml");

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(failure.getMessage()).contains("not a PDF or an image", "a Word document (DOCX)");
	}

	@Test
	void namesAPlainZipArchiveEvenWhenItHoldsAPdf() throws Exception {
		// given: an uncompressed PDF inside a ZIP puts "%PDF-" in the first kilobyte
		Path pdf = TestDocuments.bornDigitalPdf(dir.resolve("inner.pdf"));
		Path file = dir.resolve("invoices.zip");
		try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
			zip.setLevel(Deflater.NO_COMPRESSION);
			zip.putNextEntry(new ZipEntry("invoice.pdf"));
			zip.write(Files.readAllBytes(pdf));
			zip.closeEntry();
		}
		byte[] head = Arrays.copyOf(Files.readAllBytes(file), 1024);
		assertThat(DocumentType.indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), head.length)).isPositive();

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(failure.getMessage()).contains("it looks like a ZIP archive; upload the invoice itself");
	}

	@Test
	void namesAnHtmlPage() throws Exception {
		// given: what a download link that expired returns
		Path file = Files.writeString(dir.resolve("invoice.pdf"),
				"<!DOCTYPE html>\n<html><head><title>Access denied</title></head><body>Sign in</body></html>");

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(failure.getMessage()).contains("an HTML page");
	}

	@Test
	void namesPlainText() throws Exception {
		// given
		Path file = Files.writeString(dir.resolve("invoice.jpg"), "Invoice 42\nTotal 100.00 EUR\n",
				StandardCharsets.UTF_8);

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(failure.getMessage()).contains("plain text");
	}

	@Test
	void showsTheFirstBytesOfUnrecognisedBinaryData() throws Exception {
		// given
		Path file = Files.write(dir.resolve("invoice.pdf"), new byte[] { 0x00, 0x01, 0x02, (byte) 0xFE, 0x10, 0x20 });

		// when
		DocumentDecodeException failure = DecodeFailures.opening(file, LIMITS);

		// then
		assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_TYPE);
		assertThat(failure.getMessage()).contains("unrecognised binary data (first bytes 00 01 02 FE 10 20)");
	}

}
