package io.invoiceocr.ingest.http;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The HTTP API.
 *
 * @param token                 the bearer token callers must present (also accepted as the password
 *                              of HTTP basic auth, which is all an SNS HTTPS subscription can send);
 *                              empty closes the API
 * @param snsSubscribeUrlPattern only SubscribeURLs whose host matches this are visited when SNS asks
 *                              to confirm a subscription, so the endpoint cannot be used to make the
 *                              service call arbitrary URLs
 */
@Validated
@ConfigurationProperties("invoice-ocr.api")
public record ApiProperties(@DefaultValue("") String token,
		@NotBlank @DefaultValue("^sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?$") String snsSubscribeUrlPattern) {

	public boolean open() {
		return token != null && !token.isBlank();
	}

}
