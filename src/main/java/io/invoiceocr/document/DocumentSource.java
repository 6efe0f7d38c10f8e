package io.invoiceocr.document;

/** How a document reached the staging table. */
public enum DocumentSource {

	/** An S3 event drained from the SQS queue. */
	SQS,
	/** A listing of an S3 prefix (historical invoices). */
	BACKFILL,
	/** An event pushed to the HTTP endpoint (SNS HTTPS subscription, EventBridge API destination). */
	HTTP,
	/** A document put back to PENDING by a re-run. */
	RERUN

}
