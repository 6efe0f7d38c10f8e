package io.invoiceocr.ingest.sns;

/** Whether a body's SNS messages were signed by SNS. */
public sealed interface SnsVerdict {

	/** Every SNS message in the body carries a valid signature (or the body holds none). */
	record Verified() implements SnsVerdict {
	}

	/** A signature is missing, wrong or made with a certificate not from SNS: the body is not used. */
	record Refused(String reason) implements SnsVerdict {
	}

	/** The signing certificate could not be fetched just now; the sender should retry later. */
	record Unavailable(String reason) implements SnsVerdict {
	}

	SnsVerdict VERIFIED = new Verified();

}
