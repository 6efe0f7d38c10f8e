package io.invoiceocr.ingest.event;

/** The envelope a text came out of; it decides which envelopes the text may still be. */
enum Envelope {

	/** the body as received */
	NONE,
	/** the body of a record of a Lambda SQS batch: may be an SNS envelope, not another batch */
	SQS,
	/** the Message of an SNS notification: holds the event itself */
	SNS

}
