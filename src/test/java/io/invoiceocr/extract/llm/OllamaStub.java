package io.invoiceocr.extract.llm;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for Ollama: a real HTTP server on loopback that answers {@code POST /api/chat} the way
 * Ollama does (non-streaming), with replies scripted per request, and records every request so that
 * tests can check what reached the server. Also answers {@code GET /api/tags}, {@code GET /api/version}
 * and {@code GET /} like Ollama, for health checks.
 */
final class OllamaStub implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpServer server;

	private final ExecutorService handlers = Executors.newCachedThreadPool();

	private final ConcurrentLinkedQueue<Reply> script = new ConcurrentLinkedQueue<>();

	private final List<JsonNode> chatRequests = Collections.synchronizedList(new ArrayList<>());

	private volatile List<String> models = List.of("qwen2.5:7b-instruct");

	private OllamaStub(HttpServer server) {
		this.server = server;
		server.setExecutor(handlers);
		server.createContext("/", this::handle);
		server.start();
	}

	static OllamaStub start() {
		try {
			return new OllamaStub(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0));
		}
		catch (IOException ex) {
			throw new IllegalStateException("could not start the Ollama stub", ex);
		}
	}

	String baseUrl() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/** Queues replies for the next chat requests, in order. */
	OllamaStub reply(Reply... replies) {
		script.addAll(List.of(replies));
		return this;
	}

	/** The models {@code /api/tags} lists. */
	OllamaStub models(String... names) {
		this.models = List.of(names);
		return this;
	}

	/** Every {@code /api/chat} request body received, in order. */
	List<JsonNode> chatRequests() {
		synchronized (chatRequests) {
			return List.copyOf(chatRequests);
		}
	}

	JsonNode lastChatRequest() {
		List<JsonNode> requests = chatRequests();
		if (requests.isEmpty()) {
			throw new AssertionError("the stub received no chat request");
		}
		return requests.get(requests.size() - 1);
	}

	@Override
	public void close() {
		server.stop(0);
		// Replies still sleeping or trickling are abandoned.
		handlers.shutdownNow();
		try {
			handlers.awaitTermination(2, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			String method = exchange.getRequestMethod();
			String path = exchange.getRequestURI().getPath();
			if ("POST".equals(method) && "/api/chat".equals(path)) {
				chat(exchange);
			}
			else if ("GET".equals(method) && "/api/tags".equals(path)) {
				List<Map<String, Object>> tags = models.stream().map(OllamaStub::tag).toList();
				send(exchange, 200, JSON.writeValueAsString(Map.of("models", tags)));
			}
			else if ("GET".equals(method) && "/api/version".equals(path)) {
				send(exchange, 200, "{\"version\":\"0.9.6\"}");
			}
			else if (("GET".equals(method) || "HEAD".equals(method)) && "/".equals(path)) {
				exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
				byte[] body = "Ollama is running".getBytes(StandardCharsets.UTF_8);
				exchange.sendResponseHeaders(200, "HEAD".equals(method) ? -1 : body.length);
				if (!"HEAD".equals(method)) {
					exchange.getResponseBody().write(body);
				}
			}
			else {
				send(exchange, 404, "{\"error\":\"404 page not found\"}");
			}
		}
		catch (IOException ex) {
			// The client went away (it timed out): nothing to answer.
		}
	}

	private void chat(HttpExchange exchange) throws IOException {
		JsonNode request = JSON.readTree(exchange.getRequestBody().readAllBytes());
		chatRequests.add(request);
		Reply reply = script.poll();
		if (reply == null) {
			send(exchange, 500, "{\"error\":\"the stub has no reply scripted for this request\"}");
			return;
		}
		if (!sleep(reply.delay())) {
			return;
		}
		String body = reply.status() == 200 ? chatBody(request, reply) : reply.errorBody();
		if (reply.trickle().isZero()) {
			send(exchange, reply.status(), body);
		}
		else {
			trickle(exchange, reply.status(), body, reply.trickle());
		}
	}

	private static String chatBody(JsonNode request, Reply reply) {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("role", "assistant");
		message.put("content", reply.content());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("model", request.path("model").asString(""));
		body.put("created_at", Instant.now().toString());
		body.put("message", message);
		body.put("done_reason", reply.doneReason());
		body.put("done", true);
		body.put("total_duration", 1_234_567_890L);
		body.put("load_duration", 12_345_678L);
		body.put("prompt_eval_count", reply.promptEvalCount());
		body.put("prompt_eval_duration", 234_567_890L);
		body.put("eval_count", reply.evalCount());
		body.put("eval_duration", 987_654_321L);
		return JSON.writeValueAsString(body);
	}

	private static Map<String, Object> tag(String name) {
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("format", "gguf");
		details.put("family", "qwen2");
		details.put("parameter_size", "7.6B");
		details.put("quantization_level", "Q4_K_M");
		Map<String, Object> tag = new LinkedHashMap<>();
		tag.put("name", name);
		tag.put("model", name);
		tag.put("modified_at", "2025-01-01T00:00:00Z");
		tag.put("size", 4_683_087_332L);
		tag.put("digest", "845dbda0ea48ed749caafd9e6037047aa19acfcfd82e704d7ca97d631a0b697e");
		tag.put("details", details);
		return tag;
	}

	private static void send(HttpExchange exchange, int status, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

	/** Sends the headers at once and the body in small pieces spread over the given time. */
	private static void trickle(HttpExchange exchange, int status, String body, Duration over) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
		exchange.sendResponseHeaders(status, bytes.length);
		OutputStream out = exchange.getResponseBody();
		int pieces = Math.min(20, bytes.length);
		long pause = over.toMillis() / pieces;
		for (int i = 0; i < pieces; i++) {
			int from = bytes.length * i / pieces;
			int to = bytes.length * (i + 1) / pieces;
			out.write(bytes, from, to - from);
			out.flush();
			if (!sleep(Duration.ofMillis(pause))) {
				return;
			}
		}
	}

	private static boolean sleep(Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/**
	 * One scripted reply to a chat request.
	 *
	 * @param status          HTTP status; anything but 200 sends {@code errorBody}
	 * @param content         the assistant message's content (the model's answer)
	 * @param errorBody       the body of an error reply
	 * @param doneReason      {@code stop}, or {@code length} when the answer hit {@code num_predict}
	 * @param delay           wait before answering
	 * @param trickle         time over which the body is sent, in pieces, after the headers; zero sends it at once
	 * @param promptEvalCount tokens of the prompt, as Ollama reports them
	 * @param evalCount       tokens of the answer
	 */
	record Reply(int status, String content, String errorBody, String doneReason, Duration delay, Duration trickle,
			int promptEvalCount, int evalCount) {

		/** A 200 answer with this content, at once. */
		static Reply answer(String content) {
			return new Reply(200, content, null, "stop", Duration.ZERO, Duration.ZERO, 1234, 321);
		}

		/** An HTTP error the way Ollama sends it: {@code {"error": "..."}}. */
		static Reply error(int status, String message) {
			String body = "{\"error\":" + JSON.writeValueAsString(message) + "}";
			return new Reply(status, null, body, "stop", Duration.ZERO, Duration.ZERO, 0, 0);
		}

		Reply delayedBy(Duration newDelay) {
			return new Reply(status, content, errorBody, doneReason, newDelay, trickle, promptEvalCount, evalCount);
		}

		Reply trickledOver(Duration newTrickle) {
			return new Reply(status, content, errorBody, doneReason, delay, newTrickle, promptEvalCount, evalCount);
		}

		Reply doneBecause(String newDoneReason) {
			return new Reply(status, content, errorBody, newDoneReason, delay, trickle, promptEvalCount, evalCount);
		}

	}

}
