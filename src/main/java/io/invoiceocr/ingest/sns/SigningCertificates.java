package io.invoiceocr.ingest.sns;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.HttpFailures;

import org.springframework.boot.ssl.SslBundles;
import org.springframework.stereotype.Component;

/**
 * The certificates SNS signs with, fetched from their SigningCertURL over HTTPS and kept per URL:
 * SNS uses one per region for a long time, so a busy endpoint fetches each once. Only fetched
 * certificates are kept, and only URLs on the allowed hosts are ever fetched (see
 * {@link SnsMessageVerifier}), so the cache holds a handful of entries.
 */
@Component
public class SigningCertificates {

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

	private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(10);

	/** A PEM certificate is about 2 KB; anything much larger is not one. */
	private static final int MAX_CERTIFICATE_BYTES = 64 * 1024;

	private final HttpClient http;

	private final Map<URI, X509Certificate> byUrl = new ConcurrentHashMap<>();

	public SigningCertificates(IngestProperties properties, SslBundles sslBundles) {
		HttpClient.Builder builder = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(CONNECT_TIMEOUT)
			// a redirect could lead off the allowed host
			.followRedirects(HttpClient.Redirect.NEVER);
		String bundle = properties.sns().sslBundle();
		if (!bundle.isBlank()) {
			builder.sslContext(sslBundles.getBundle(bundle).createSslContext());
		}
		this.http = builder.build();
	}

	/**
	 * @throws CertificateProblem when it cannot be had, saying whether a later attempt may succeed
	 */
	X509Certificate get(URI url) {
		X509Certificate known = byUrl.get(url);
		if (known != null) {
			return known;
		}
		X509Certificate fetched = fetch(url);
		byUrl.put(url, fetched);
		return fetched;
	}

	private X509Certificate fetch(URI url) {
		HttpResponse<byte[]> response;
		try {
			response = http.send(HttpRequest.newBuilder(url).timeout(ANSWER_TIMEOUT).GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new CertificateProblem("could not fetch the SNS signing certificate from " + url.getHost() + ": "
					+ HttpFailures.describe(ex, CONNECT_TIMEOUT, ANSWER_TIMEOUT) + "; the message can be sent again later", true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new CertificateProblem("interrupted while fetching the SNS signing certificate", true);
		}
		int status = response.statusCode();
		if (status / 100 == 5 || status == 429) {
			throw new CertificateProblem(url.getHost() + " answered HTTP " + status
					+ " for the SNS signing certificate; the message can be sent again later", true);
		}
		if (status != 200) {
			throw new CertificateProblem(url.getHost() + " answered HTTP " + status + " for SigningCertURL " + url
					+ ": there is no SNS signing certificate there", false);
		}
		if (response.body().length > MAX_CERTIFICATE_BYTES) {
			throw new CertificateProblem("SigningCertURL " + url + " is not a certificate (" + response.body().length
					+ " bytes)", false);
		}
		try {
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(response.body()));
		}
		catch (CertificateException | ClassCastException ex) {
			throw new CertificateProblem("SigningCertURL " + url + " does not hold an X.509 certificate", false);
		}
	}

	/** Why a certificate could not be had; {@code retryable} when the failure may pass. */
	static class CertificateProblem extends RuntimeException {

		private final boolean retryable;

		CertificateProblem(String reason, boolean retryable) {
			super(reason, null, false, false);
			this.retryable = retryable;
		}

		boolean retryable() {
			return retryable;
		}

	}

}
