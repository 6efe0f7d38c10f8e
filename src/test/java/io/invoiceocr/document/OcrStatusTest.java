package io.invoiceocr.document;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The status machine, every pair of statuses. */
class OcrStatusTest {

	@ParameterizedTest(name = "{0} -> {1}: allowed={2}, forced={3}")
	@CsvSource({
			// from,      to,         allowed, allowed when forced
			"PENDING,     PENDING,    false, false",
			"PENDING,     PROCESSING, true,  true",
			"PENDING,     COMPLETED,  false, false",
			"PENDING,     FAILED,     false, false",
			"PROCESSING,  PENDING,    true,  true",
			"PROCESSING,  PROCESSING, false, false",
			"PROCESSING,  COMPLETED,  true,  true",
			"PROCESSING,  FAILED,     true,  true",
			"COMPLETED,   PENDING,    false, true",
			"COMPLETED,   PROCESSING, false, false",
			"COMPLETED,   COMPLETED,  false, false",
			"COMPLETED,   FAILED,     false, false",
			"FAILED,      PENDING,    true,  true",
			"FAILED,      PROCESSING, false, false",
			"FAILED,      COMPLETED,  false, false",
			"FAILED,      FAILED,     false, false" })
	void allowsExactlyTheMovesOfTheStatusMachine(OcrStatus from, OcrStatus to, boolean allowed, boolean forced) {
		assertThat(from.canMoveTo(to, false)).isEqualTo(allowed);
		assertThat(from.canMoveTo(to, true)).isEqualTo(forced);
	}

	@ParameterizedTest(name = "a new document starts as {0}: {1}")
	@CsvSource({ "PENDING, true", "PROCESSING, false", "COMPLETED, false", "FAILED, false" })
	void aNewDocumentStartsOnlyAsPending(OcrStatus status, boolean initial) {
		assertThat(status.isInitial()).isEqualTo(initial);
	}

}
