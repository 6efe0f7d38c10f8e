package io.invoiceocr.ingest.event;

/** Parses a text found inside an envelope (an SQS record's body, an SNS Message) as a body of its own. */
@FunctionalInterface
interface EnclosedBodyParser {

	/**
	 * @param what   how reasons name the text: the message inside an envelope
	 * @param inside the envelope the text came out of
	 */
	ParsedMessage parse(String body, String what, Envelope inside);

}
