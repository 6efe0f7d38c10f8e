package io.invoiceocr.document;

/** Human-readable names of S3 objects for logs and error messages. */
public final class ObjectUris {

	private ObjectUris() {
	}

	public static String of(String bucket, String key, String versionId) {
		return "s3://" + bucket + "/" + key + (versionId == null ? "" : "?versionId=" + versionId);
	}

}
