package io.invoiceocr.ingest.http;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP API.
 *
 * @param token                 the bearer token callers must present (also accepted as the password
 *                              of HTTP basic auth, which is all an SNS HTTPS subscription can send);
 *                              empty closes the API
 */
@Validated
@ConfigurationProperties("invoice-ocr.api")
public record ApiProperties(@DefaultValue("") String token) {

	public boolean open() {
		return token != null && !token.isBlank();
	}

}
