package io.invoiceocr.console.documents;

import java.time.Instant;

import io.invoiceocr.console.Times;

/** One row of the document list. */
public record DocumentRow(String id, String bucket, String objectKey, String status, int attempts, String error,
		Instant createdAt, Instant updatedAt) {

	public String created() {
		return Times.format(createdAt);
	}

	public String updated() {
		return Times.format(updatedAt);
	}

	/** The object's file name: the key after its last slash. */
	public String fileName() {
		return objectKey.substring(objectKey.lastIndexOf('/') + 1);
	}

	DocumentFilter.Cursor cursor() {
		return new DocumentFilter.Cursor(createdAt, id);
	}

}
