package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Says in plain words why a request to Ollama failed, from what langchain4j and the JDK's HTTP client
 * threw, and whether trying again may help.
 */
final class OllamaFailures {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int MAX_DETAIL_CHARS = 300;

	private final LlmProperties properties;

	OllamaFailures(LlmProperties properties) {
		this.properties = properties;
	}

	/** The request took longer than the timeout, whether the answer never started or never finished. */
	LlmException timeout(Throwable cause) {
		return new LlmException(LlmException.Kind.TIMEOUT, "the language model (" + properties.model() + " at "
				+ properties.baseUrl() + ") gave no complete answer within " + seconds() + " s; a long invoice on a "
				+ "busy or slow machine may need more: raise invoice-ocr.extract.llm.timeout", cause, false);
	}

	LlmException cutOff(String rawAnswer) {
		return new LlmException(LlmException.Kind.CUT_OFF,
				"the language model's answer was cut off at " + properties.maxOutputTokens()
						+ " tokens (num_predict); raise invoice-ocr.extract.llm.max-output-tokens",
				rawAnswer);
	}

	/**
	 * What a failed {@code chat} call means.
	 * @param attempts how many times the request was sent, this one included
	 */
	LlmException classify(RuntimeException failure, int attempts) {
		String tries = attempts == 1 ? "" : " (" + attempts + " attempts)";
		HttpException http = find(failure, HttpException.class);
		if (http != null) {
			return httpError(http, tries);
		}
		if (find(failure, HttpConnectTimeoutException.class) != null) {
			return unreachable(tries, "no connection could be made within the timeout", failure);
		}
		if (find(failure, ConnectException.class) != null) {
			return unreachable(tries, "nothing accepts connections there", failure);
		}
		if (find(failure, NoRouteToHostException.class) != null) {
			return unreachable(tries, "there is no route to that host", failure);
		}
		if (find(failure, UnknownHostException.class) != null
				|| find(failure, UnresolvedAddressException.class) != null) {
			return unreachable(tries, "its host name does not resolve", failure);
		}
		if (find(failure, TimeoutException.class) != null || find(failure, HttpTimeoutException.class) != null) {
			return timeout(failure);
		}
		if (find(failure, IOException.class) != null) {
			return unreachable(tries, "the connection broke (" + rootMessage(failure) + ")", failure);
		}
		// Anything else came from reading Ollama's reply: not the protocol this client speaks.
		return new LlmException(LlmException.Kind.HTTP_ERROR, "Ollama at " + properties.baseUrl()
				+ " sent a reply that could not be read as an Ollama chat reply: " + rootMessage(failure), failure,
				false);
	}

	private LlmException unreachable(String tries, String why, Throwable cause) {
		return new LlmException(LlmException.Kind.UNREACHABLE, "the language model cannot be reached at "
				+ properties.baseUrl() + tries + ": " + why
				+ "; is Ollama running there (invoice-ocr.extract.llm.base-url)?", cause, true);
	}

	private LlmException httpError(HttpException http, String tries) {
		int status = http.statusCode();
		String detail = errorText(http.getMessage());
		if (status == 404) {
			return new LlmException(LlmException.Kind.HTTP_ERROR,
					"Ollama at " + properties.baseUrl() + " has no model \"" + properties.model() + "\" (HTTP 404: "
							+ detail + "); pull it with 'ollama pull " + properties.model()
							+ "' or set invoice-ocr.extract.llm.model",
					http, false);
		}
		boolean serverError = status >= 500;
		return new LlmException(LlmException.Kind.HTTP_ERROR,
				"Ollama at " + properties.baseUrl() + (serverError ? " failed" : " refused the request") + " with HTTP "
						+ status + tries + ": " + detail,
				http, serverError);
	}

	/** Ollama's {@code {"error": "..."}}, else the body itself, shortened. */
	private static String errorText(String body) {
		if (body == null || body.isBlank()) {
			return "no details given";
		}
		String text = body.strip();
		try {
			JsonNode json = JSON.readTree(text);
			if (json.isObject() && json.path("error").isString()) {
				text = json.get("error").stringValue();
			}
		}
		catch (JacksonException ex) {
			// Not JSON: the body is shown as it came.
		}
		return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "...";
	}

	private String seconds() {
		long millis = properties.timeout().toMillis();
		return millis % 1000 == 0 ? String.valueOf(millis / 1000) : String.valueOf(millis / 1000.0);
	}

	private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
			if (cause.getCause() == cause) {
				break;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		String message = root.getMessage();
		return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
	}

}
