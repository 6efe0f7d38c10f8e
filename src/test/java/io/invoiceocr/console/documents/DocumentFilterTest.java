package io.invoiceocr.console.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import io.invoiceocr.document.OcrStatus;

import org.junit.jupiter.api.Test;

class DocumentFilterTest {

	@Test
	void theNextPagesAddressKeepsTheFilterAndCarriesTheLastRowAsCursor() {
		// given a filter, and the last row of its first page
		DocumentFilter filter = DocumentFilter.of("failed", " cut short ", "2024-01-01", "2024-01-31", "raw-invoices/a+b/", "");
		DocumentFilter.Cursor last = new DocumentFilter.Cursor(Instant.parse("2024-01-31T10:15:30.123456Z"), "doc|7");

		// when
		String next = filter.after(last).url();
		DocumentFilter read = DocumentFilter.of("FAILED", "cut short", "2024-01-01", "2024-01-31", "raw-invoices/a+b/",
				filter.after(last).parameters().get("after"));

		// then
		assertThat(filter.status()).isEqualTo(OcrStatus.FAILED);
		assertThat(filter.error()).isEqualTo("cut short");
		assertThat(filter.toInstant()).isEqualTo(Instant.parse("2024-02-01T00:00:00Z"));
		assertThat(next).startsWith("/console/documents?status=FAILED&error=cut%20short&from=2024-01-01&to=2024-01-31")
			.contains("prefix=raw-invoices%2Fa%2Bb%2F").contains("after=2024-01-31T10%3A15%3A30.123456Z%7Cdoc%7C7");
		assertThat(read.after()).isEqualTo(last);
		assertThat(read.onlyStatusAndError()).isFalse();
	}

	@Test
	void aMalformedDateOrStatusIsRefusedWithTheReason() {
		assertThatThrownBy(() -> DocumentFilter.of(null, null, "yesterday", null, null, null))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ISO days");
		assertThatThrownBy(() -> DocumentFilter.of("DONE", null, null, null, null, null))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void likePatternsMatchTheTextLiterally() {
		assertThat(DocumentList.likeEscaped("100%_done\\")).isEqualTo("100\\%\\_done\\\\");
	}

}
