package io.invoiceocr.document;

/** No staged document has the given id. */
public class DocumentNotFoundException extends RuntimeException {

	public DocumentNotFoundException(String documentId) {
		super("no document with id " + documentId);
	}

}
