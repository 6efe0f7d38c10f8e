package io.invoiceocr.console;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's side of the console over plain HTTP: a cookie jar, no redirects followed, forms posted
 * with or without the CSRF token the last page carried.
 */
public final class ConsoleClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.version(HttpClient.Version.HTTP_1_1)
		.build();

	private final String base;

	private String csrf;

	public ConsoleClient(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String path) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		Matcher token = CSRF.matcher(response.body());
		if (token.find()) {
			csrf = token.group(1);
		}
		return response;
	}

	/** Posts a form with the CSRF token of the last page fetched. */
	public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
		Map<String, String> withToken = new java.util.LinkedHashMap<>(form);
		withToken.put("_csrf", csrf);
		return postWithout(path, withToken);
	}

	/** Posts a form as given: no CSRF token unless the form has one. */
	public HttpResponse<String> postWithout(String path, Map<String, String> form) throws Exception {
		String body = form.entrySet().stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue() == null ? "" : e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return http.send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** Logs in through the form; returns the answer to the login post. */
	public HttpResponse<String> logIn(String user, String password) throws Exception {
		get("/console/login");
		return post("/console/login", Map.of("username", user, "password", password));
	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

}
