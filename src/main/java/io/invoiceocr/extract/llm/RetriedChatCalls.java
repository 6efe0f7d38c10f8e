package io.invoiceocr.extract.llm;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;

/**
 * Sends a chat request with the answer's wait bounded by the timeout, and retries transport
 * failures only, with a doubling pause between attempts.
 */
final class RetriedChatCalls implements AutoCloseable {

	private final LlmProperties properties;

	private final ChatModel model;

	private final OllamaFailures failures;

	private final Duration firstBackoff;

	/** Runs each request, so that the wait for its answer can be bounded and abandoned. */
	private final ExecutorService calls = Executors.newCachedThreadPool(daemonThreads());

	RetriedChatCalls(LlmProperties properties, ChatModel model, OllamaFailures failures, Duration firstBackoff) {
		this.properties = properties;
		this.model = model;
		this.failures = failures;
		this.firstBackoff = firstBackoff;
	}

	/** Stops requests still running (their answers are no longer awaited). */
	@Override
	public void close() {
		calls.shutdownNow();
	}

	ChatResponse sendWithRetries(ChatRequest request) throws LlmException {
		for (int attempt = 1;; attempt++) {
			try {
				return send(request, attempt);
			}
			catch (LlmException ex) {
				if (!ex.transientFailure() || attempt > properties.maxRetries()) {
					throw ex;
				}
				pause(firstBackoff.multipliedBy(1L << (attempt - 1)));
			}
		}
	}

	private ChatResponse send(ChatRequest request, int attempt) throws LlmException {
		Future<ChatResponse> call = calls.submit(() -> model.chat(request));
		try {
			return call.get(properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			// Interrupting the call makes the JDK's HTTP client abandon the exchange and close the connection.
			call.cancel(true);
			throw failures.timeout(ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException failure) {
				throw failures.classify(failure, attempt);
			}
			throw new IllegalStateException("the request to the language model failed unexpectedly", cause);
		}
		catch (InterruptedException ex) {
			call.cancel(true);
			Thread.currentThread().interrupt();
			throw new LlmException(LlmException.Kind.TIMEOUT,
					"stopped waiting for the language model: this thread was interrupted (the run is stopping)", ex,
					false);
		}
		catch (CancellationException ex) {
			throw new LlmException(LlmException.Kind.TIMEOUT,
					"the request to the language model was cancelled: the client is closing", ex, false);
		}
	}

	private static void pause(Duration delay) throws LlmException {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LlmException(LlmException.Kind.UNREACHABLE,
					"stopped retrying the language model: this thread was interrupted (the run is stopping)", ex,
					false);
		}
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "ollama-request-" + count.incrementAndGet());
			// A request abandoned at its timeout must not keep the JVM alive.
			thread.setDaemon(true);
			return thread;
		};
	}

}
