package io.invoiceocr.document;

import java.util.List;

/**
 * What staging a batch of documents did.
 *
 * @param staged     documents inserted as PENDING
 * @param duplicates documents whose object version was already staged (a redelivered event)
 * @param reuploads  documents that were staged before with another object (a new version, an
 *                   overwrite of the same key, or a new key for the same document id): the newer
 *                   upload replaced the old one and the document is PENDING again
 * @param superseded uploads older than the object the document already has (an event that arrived
 *                   late); the document keeps the newer object
 */
public record StagingResult(List<NewDocument> staged, List<NewDocument> duplicates, List<Reupload> reuploads,
		List<NewDocument> superseded) {

	/** A document reopened for a newer upload. */
	public record Reupload(NewDocument document, String previousObjectUri, OcrStatus previousStatus) {
	}

	public static StagingResult empty() {
		return new StagingResult(List.of(), List.of(), List.of(), List.of());
	}

}
