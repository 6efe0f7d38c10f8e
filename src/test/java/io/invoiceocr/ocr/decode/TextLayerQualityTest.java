package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;

/** When a PDF's own text is trusted instead of OCR. */
class TextLayerQualityTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"enough readable text                  | Invoice INV-2024-0042 Total 1,234.50 EUR       | true",
			"a page number stamped on a scan       | Page 1 of 2                                    | false",
			"exactly 20 visible characters          | abcde fghij klmno pqrst                        | true",
			"a font without Unicode mapping         | \uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD Total 1,234.50 EUR net | false",
			"glyphs in the private use area         | \uE001\uE002\uE003\uE004\uE005 Invoice 2024-0042 Total 99.00 | false",
			"one odd glyph in a long text           | Invoice INV-2024-0042 \uFFFD Total 1,234.50 EUR | true" })
	void trustsOnlyEnoughMostlyReadableText(String description, String text, boolean usable) {
		// given
		List<TextLine> lines = List.of(new TextLine(text.strip(), 1.0, Quad.ofRectangle(0, 0, 100, 10), 1, 0));

		// when / then
		assertThat(TextLayerQuality.isUsable(lines, 20)).isEqualTo(usable);
	}

}
