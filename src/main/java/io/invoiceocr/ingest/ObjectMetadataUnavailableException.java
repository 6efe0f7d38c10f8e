package io.invoiceocr.ingest;

import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * HeadObject failed for a reason other than the object being gone: the document id in its
 * metadata cannot be read, so the object is not staged now. Usually a permission: HeadObject
 * needs {@code s3:GetObject}, and {@code s3:GetObjectVersion} for events that name a version.
 */
public class ObjectMetadataUnavailableException extends RuntimeException {

	public ObjectMetadataUnavailableException(ObjectToStage object, S3Exception cause) {
		super("HeadObject of s3://" + object.bucket() + "/" + object.key()
				+ (object.versionId() == null ? "" : "?versionId=" + object.versionId()) + " failed with HTTP "
				+ cause.statusCode() + " (" + cause.awsErrorDetails().errorCode()
				+ "); check s3:GetObject/s3:GetObjectVersion permissions and KMS key access, or set "
				+ "invoice-ocr.ingest.document-id.head-object=false", cause);
	}

}
