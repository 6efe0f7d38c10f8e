package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecodeLimitsTest {

	@Test
	void defaultsLeaveRoomForAnyRealInvoice() {
		// when
		DecodeLimits limits = DecodeLimits.defaults();

		// then
		assertThat(limits.maxBytes()).isEqualTo(50L * 1024 * 1024);
		assertThat(limits.maxPages()).isEqualTo(200);
		assertThat(limits.maxPixelsPerPage()).isEqualTo(60_000_000L);
		assertThat(limits.renderDpi()).isEqualTo(300);
		assertThat(limits.minTextLayerChars()).isEqualTo(20);
	}

	@ParameterizedTest(name = "{5}")
	@CsvSource({
			"0,    200, 60000000, 300, 20, invoice-ocr.ocr.decode.max-bytes",
			"1000, 0,   60000000, 300, 20, invoice-ocr.ocr.decode.max-pages",
			"1000, 200, -1,       300, 20, invoice-ocr.ocr.decode.max-pixels-per-page",
			"1000, 200, 60000000, 0,   20, invoice-ocr.ocr.decode.render-dpi",
			"1000, 200, 60000000, 5000, 20, invoice-ocr.ocr.decode.render-dpi",
			"1000, 200, 60000000, 300, 0,  invoice-ocr.ocr.decode.min-text-layer-chars" })
	void refusesNonsenseNamingTheSetting(long maxBytes, int maxPages, long maxPixels, int dpi, int minChars,
			String setting) {
		assertThatIllegalArgumentException().isThrownBy(() -> new DecodeLimits(maxBytes, maxPages, maxPixels, dpi, minChars))
			.withMessageStartingWith(setting);
	}

}
