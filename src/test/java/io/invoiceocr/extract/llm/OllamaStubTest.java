package io.invoiceocr.extract.llm;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-in answers Ollama's health and listing endpoints as Ollama does. */
class OllamaStubTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void listsItsModelsAndVersion() throws Exception {
		try (OllamaStub stub = OllamaStub.start().models("qwen2.5:7b-instruct", "invoice-qwen:latest")) {
			// given
			HttpClient http = HttpClient.newHttpClient();

			// when
			JsonNode tags = JSON.readTree(get(http, stub.baseUrl() + "/api/tags").body());
			JsonNode version = JSON.readTree(get(http, stub.baseUrl() + "/api/version").body());
			HttpResponse<String> root = get(http, stub.baseUrl() + "/");

			// then
			assertThat(tags.get("models").valueStream().map(model -> model.get("name").asString()))
				.containsExactly("qwen2.5:7b-instruct", "invoice-qwen:latest");
			assertThat(tags.get("models").get(0).get("details").get("family").asString()).isEqualTo("qwen2");
			assertThat(version.get("version").asString()).matches("\\d+\\.\\d+\\.\\d+");
			assertThat(root.body()).isEqualTo("Ollama is running");
		}
	}

	@Test
	void answersAChatWithNothingScriptedWithAnError() throws Exception {
		try (OllamaStub stub = OllamaStub.start()) {
			// when
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(stub.baseUrl() + "/api/chat"))
					.POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"m\",\"messages\":[]}"))
					.build(), HttpResponse.BodyHandlers.ofString());

			// then
			assertThat(response.statusCode()).isEqualTo(500);
			assertThat(JSON.readTree(response.body()).get("error").asString()).contains("no reply scripted");
			assertThat(stub.chatRequests()).singleElement()
				.satisfies(request -> assertThat(request.get("model").asString()).isEqualTo("m"));
		}
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

}
