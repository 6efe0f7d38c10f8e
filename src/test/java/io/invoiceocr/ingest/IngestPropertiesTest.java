package io.invoiceocr.ingest;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Settings that cannot work are refused with the setting named. */
class IngestPropertiesTest {

	private static final List<IngestProperties.Source> SOURCES = List.of(new IngestProperties.Source("b", List.of()));

	private static final IngestProperties.DocumentId DOCUMENT_ID = new IngestProperties.DocumentId("document-id", true, "");

	@Test
	void acceptsTheDefaults() {
		assertThatCode(() -> properties(Duration.ofSeconds(20), Duration.ofMinutes(5), 100)).doesNotThrowAnyException();
	}

	@Test
	void refusesAVisibilityTimeoutShorterThanAChunkTakesToFill() {
		// 100 messages are 10 receives of up to 20 s: a 2-minute timeout would expire mid-chunk
		assertThatThrownBy(() -> properties(Duration.ofSeconds(20), Duration.ofMinutes(2), 100))
			.hasMessageContaining("invoice-ocr.ingest.visibility-timeout")
			.hasMessageContaining("PT3M20S");
	}

	@Test
	void refusesAReceiveWaitSqsDoesNotAllow() {
		assertThatThrownBy(() -> properties(Duration.ofSeconds(21), Duration.ofMinutes(5), 10))
			.hasMessageContaining("invoice-ocr.ingest.receive-wait");
		assertThatThrownBy(() -> properties(Duration.ofMillis(500), Duration.ofMinutes(5), 10))
			.hasMessageContaining("whole seconds");
	}

	@Test
	void refusesAKeyPatternWithoutAnIdGroup() {
		assertThatThrownBy(() -> new IngestProperties.DocumentId("document-id", true, "^raw/([^/]+)/"))
			.hasMessageContaining("invoice-ocr.ingest.document-id.key-pattern");
	}

	private static IngestProperties properties(Duration receiveWait, Duration visibility, int chunkSize) {
		return new IngestProperties("q", SOURCES, receiveWait, visibility, chunkSize, 0, 8, DOCUMENT_ID, false,
				".*", new IngestProperties.Sns(true, ".*", ""));
	}

}
