package io.invoiceocr.support;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Signs SNS messages the way SNS does, with a key pair and self-signed certificate of its own,
 * made fresh for each test run. The string to sign is written out here from AWS's documentation,
 * not taken from the service, so that the service's canonical form is checked against it.
 */
public final class SnsSigner {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final KeyPair keys;

	private final X509Certificate certificate;

	public SnsSigner() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			keys = generator.generateKeyPair();
			X500Name name = new X500Name("CN=sns.test-region.amazonaws.com");
			Instant now = Instant.now();
			certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name,
					BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(Duration.ofHours(1))),
					Date.from(now.plus(Duration.ofDays(1))), name, keys.getPublic())
				.build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot make a test signing certificate", ex);
		}
	}

	/** The certificate in PEM, as SNS serves it at a SigningCertURL. */
	public byte[] certificatePem() {
		java.io.StringWriter pem = new java.io.StringWriter();
		try (JcaPEMWriter writer = new JcaPEMWriter(pem)) {
			writer.writeObject(certificate);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}
		return pem.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * @param message          an SNS message as JSON (Notification, SubscriptionConfirmation or
	 *                         UnsubscribeConfirmation)
	 * @param signatureVersion "1" (SHA1withRSA) or "2" (SHA256withRSA)
	 * @param signingCertUrl   where the verifier is to fetch the certificate
	 * @return the message with SignatureVersion, SigningCertURL and Signature set
	 */
	public String sign(String message, String signatureVersion, String signingCertUrl) {
		ObjectNode node = (ObjectNode) JSON.readTree(message);
		node.put("SignatureVersion", signatureVersion);
		node.put("SigningCertURL", signingCertUrl);
		try {
			Signature signature = Signature.getInstance("1".equals(signatureVersion) ? "SHA1withRSA" : "SHA256withRSA");
			signature.initSign(keys.getPrivate());
			signature.update(stringToSign(node).getBytes(StandardCharsets.UTF_8));
			node.put("Signature", Base64.getEncoder().encodeToString(signature.sign()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
		return JSON.writeValueAsString(node);
	}

	/**
	 * AWS SNS developer guide, "Verifying the signatures of Amazon SNS messages": name and value
	 * lines of these fields in this order, Subject only when present.
	 */
	private static String stringToSign(JsonNode message) {
		List<String> fields = "Notification".equals(message.path("Type").stringValue())
				? List.of("Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type")
				: List.of("Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type");
		StringBuilder text = new StringBuilder();
		for (String field : fields) {
			if (message.has(field)) {
				text.append(field).append('\n').append(message.get(field).stringValue()).append('\n');
			}
		}
		return text.toString();
	}

}
