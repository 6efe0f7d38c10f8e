package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signatures of the supported types, including those the encoders in the other tests never write. */
class DocumentTypeTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource({
			"255044462d312e370a,             PDF",   // %PDF-1.7
			"efbbbf0a255044462d312e340a,     PDF",   // a BOM and a newline before the header
			"ffd8ffe000104a464946,           JPEG",
			"ffd8ffe1,                       JPEG",  // Exif first, no JFIF
			"89504e470d0a1a0a0000000d,       PNG",
			"49492a0008000000,               TIFF",  // little-endian, II
			"4d4d002a00000008,               TIFF",  // big-endian, MM
			"474946383961,                   GIF",
			"474946383761,                   GIF",
			"424d3600000000000000360000002800000010, BMP" })
	void recognisesTheSignature(String hex, DocumentType expected) {
		// given
		byte[] head = HexFormat.of().parseHex(hex);

		// when / then
		assertThat(DocumentType.detect(head)).contains(expected);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"BMW invoice for March",   // starts with BM, but text
			"Invoice",
			"PK" })
	void recognisesNothingInText(String text) {
		assertThat(DocumentType.detect(text.getBytes(StandardCharsets.US_ASCII))).isEmpty();
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource({
			"d0cf11e0a1b11ae10000,                 a legacy Microsoft Office file",
			"52494646000000005745425056503820,     a WebP image",
			"0000001c6674797068656963000000,       a HEIC/HEIF image",
			"49492b0008000000,                     a BigTIFF image",
			"1f8b0800,                             a gzip archive" })
	void describesCommonUnsupportedFormats(String hex, String description) {
		// given
		byte[] head = HexFormat.of().parseHex(hex);

		// when / then
		assertThat(DocumentType.detect(head)).isEmpty();
		assertThat(UnsupportedContent.describe(head)).startsWith(description);
	}

}
