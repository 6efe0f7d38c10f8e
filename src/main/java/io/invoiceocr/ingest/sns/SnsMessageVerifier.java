package io.invoiceocr.ingest.sns;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.regex.Pattern;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.ingest.sns.SigningCertificates.CertificateProblem;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Checks that one SNS message (Notification, SubscriptionConfirmation, UnsubscribeConfirmation)
 * was signed by SNS, the way AWS documents it: SignatureVersion 1 is SHA1withRSA, 2 is
 * SHA256withRSA, over {@link SnsStringToSign}, with the public key of the certificate at
 * SigningCertURL. That URL is trusted only over HTTPS and on a host matching
 * {@code invoice-ocr.ingest.sns.signing-cert-host-pattern} (SNS's own hosts by default); anything
 * else is refused before it is fetched, so that a forger cannot bring their own certificate.
 */
@Component
public class SnsMessageVerifier {

	private static final String HOST_SETTING = "invoice-ocr.ingest.sns.signing-cert-host-pattern";

	private final Pattern allowedHost;

	private final SigningCertificates certificates;

	public SnsMessageVerifier(IngestProperties properties, SigningCertificates certificates) {
		this.allowedHost = Pattern.compile(properties.sns().signingCertHostPattern());
		this.certificates = certificates;
	}

	public SnsVerdict verify(JsonNode message) {
		String type = SnsStringToSign.string(message, "Type");
		String what = "SNS " + type + " " + SnsStringToSign.string(message, "MessageId");
		String algorithm = switch (String.valueOf(SnsStringToSign.string(message, "SignatureVersion"))) {
			case "1" -> "SHA1withRSA";
			case "2" -> "SHA256withRSA";
			default -> null;
		};
		if (algorithm == null) {
			return refused(what + " has SignatureVersion " + SnsStringToSign.string(message, "SignatureVersion")
					+ "; only 1 and 2 are documented");
		}
		byte[] signature = signature(message);
		if (signature == null) {
			return refused(what + " has no Signature in Base64");
		}
		String certUrl = SnsStringToSign.string(message, "SigningCertURL");
		URI url = certificateUrl(certUrl);
		if (url == null) {
			return refused(what + " has no usable SigningCertURL: " + certUrl);
		}
		if (!"https".equalsIgnoreCase(url.getScheme())) {
			return refused(what + ": SigningCertURL " + certUrl + " is not https, so it could be anyone's certificate");
		}
		if (url.getHost() == null || !allowedHost.matcher(url.getHost()).matches()) {
			return refused(what + ": SigningCertURL host '" + url.getHost() + "' does not match " + HOST_SETTING
					+ ", so its certificate is not taken for SNS's (widen the setting only if SNS does sign from there)");
		}
		String toSign;
		try {
			toSign = SnsStringToSign.of(message);
		}
		catch (IllegalArgumentException ex) {
			return refused(ex.getMessage());
		}
		X509Certificate certificate;
		try {
			certificate = certificates.get(url);
		}
		catch (CertificateProblem ex) {
			return ex.retryable() ? new SnsVerdict.Unavailable(ex.getMessage()) : refused(ex.getMessage());
		}
		try {
			certificate.checkValidity();
		}
		catch (CertificateExpiredException | CertificateNotYetValidException ex) {
			return refused(what + ": the signing certificate at " + certUrl + " is not valid now (valid "
					+ certificate.getNotBefore().toInstant() + " to " + certificate.getNotAfter().toInstant() + ")");
		}
		try {
			Signature verifier = Signature.getInstance(algorithm);
			verifier.initVerify(certificate.getPublicKey());
			verifier.update(toSign.getBytes(StandardCharsets.UTF_8));
			if (!verifier.verify(signature)) {
				return refused("SNS signature does not match: " + what
						+ " was changed after SNS signed it, or SNS did not sign it");
			}
		}
		catch (GeneralSecurityException ex) {
			// a certificate without an RSA key, or a signature of the wrong length: not SNS's either
			return refused("SNS signature does not match: " + what + " cannot be verified with the certificate at "
					+ certUrl + " (" + ex.getMessage() + ")");
		}
		return SnsVerdict.VERIFIED;
	}

	private static byte[] signature(JsonNode message) {
		String text = SnsStringToSign.string(message, "Signature");
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return Base64.getDecoder().decode(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static URI certificateUrl(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return URI.create(text);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static SnsVerdict refused(String reason) {
		return new SnsVerdict.Refused(reason);
	}

}
