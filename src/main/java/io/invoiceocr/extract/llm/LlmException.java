package io.invoiceocr.extract.llm;

/**
 * The language model gave no usable answer, for the reason the message gives in plain words. The
 * {@link Kind} tells a caller what it can do: fall back to the rules at once (the model is away or
 * failing), or send a wrong answer back once for repair ({@link #rawAnswer()} is then set).
 */
public class LlmException extends Exception {

	/** What went wrong. */
	public enum Kind {

		/** Nothing answers at the configured address, or the connection broke. */
		UNREACHABLE,

		/** Ollama answered with an HTTP error (no such model, server error) or a reply it should not give. */
		HTTP_ERROR,

		/** No complete answer within the configured timeout. */
		TIMEOUT,

		/** The answer reached the output limit ({@code num_predict}) and is incomplete. */
		CUT_OFF,

		/** The answer is not JSON. */
		INVALID_JSON,

		/** The answer is JSON, but not of the invoice's shape. */
		SCHEMA_VIOLATION

	}

	private final Kind kind;

	private final String rawAnswer;

	/** Whether asking again may help: Ollama was away or had a server error. */
	private final boolean transientFailure;

	LlmException(Kind kind, String message, String rawAnswer) {
		super(message);
		this.kind = kind;
		this.rawAnswer = rawAnswer;
		this.transientFailure = false;
	}

	LlmException(Kind kind, String message, Throwable cause, boolean transientFailure) {
		super(message, cause);
		this.kind = kind;
		this.rawAnswer = null;
		this.transientFailure = transientFailure;
	}

	public Kind kind() {
		return kind;
	}

	/** The model's answer as it came, for the kinds that have one (cut off, not JSON, wrong shape); else null. */
	public String rawAnswer() {
		return rawAnswer;
	}

	boolean transientFailure() {
		return transientFailure;
	}

}
