package io.invoiceocr.ingest.http;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP API.
 *
 * @param token                 the bearer token callers must present (also accepted as the password
 *                              of HTTP basic auth, which is all an SNS HTTPS subscription can send);
 *                              empty closes the API
 * @param maxBodyBytes          larger event bodies are refused with 413 (an SNS message is at most
 *                              256 KiB)
 */
@Validated
@ConfigurationProperties("invoice-ocr.api")
public record ApiProperties(@DefaultValue("") String token,
		@Min(1024) @DefaultValue("262144") int maxBodyBytes) {

	public ApiProperties {
		// a token read from a secret file often ends with a newline
		token = token == null ? "" : token.trim();
	}

	public boolean open() {
		return !token.isEmpty();
	}

}
