package io.invoiceocr.document;

import java.util.List;

/**
 * What staging a batch of documents did.
 *
 * @param staged     documents inserted as PENDING
 * @param duplicates documents whose object version was already staged (a redelivered event)
 * @param idConflicts documents whose id already belongs to another object version; they were not
 *                   staged and the caller must keep them somewhere a person sees them
 */
public record StagingResult(List<NewDocument> staged, List<NewDocument> duplicates, List<IdConflict> idConflicts) {

	public record IdConflict(NewDocument document, String existingObjectUri) {

		public String reason() {
			return "document id " + document.id() + " is already staged for " + existingObjectUri + "; "
					+ document.objectUri() + " was not staged";
		}

	}

	public static StagingResult empty() {
		return new StagingResult(List.of(), List.of(), List.of());
	}

}
