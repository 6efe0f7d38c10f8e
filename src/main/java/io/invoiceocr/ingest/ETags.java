package io.invoiceocr.ingest;

/** Entity tags as the staging table keeps them: without the quotes HTTP puts around them. */
public final class ETags {

	private ETags() {
	}

	/** {@code "abc"} -> {@code abc}; {@code null}, or a blank tag, stays unknown ({@code null}). */
	public static String unquote(String etag) {
		if (etag != null && etag.length() >= 2 && etag.startsWith("\"") && etag.endsWith("\"")) {
			String inner = etag.substring(1, etag.length() - 1);
			return inner.isBlank() ? null : inner;
		}
		return etag;
	}

}
