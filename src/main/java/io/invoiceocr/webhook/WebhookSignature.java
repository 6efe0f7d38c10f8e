package io.invoiceocr.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature header of a webhook, Stripe's scheme: {@code t=<unix seconds>,v1=<hex
 * HMAC-SHA256(secret, t + "." + body)>}. The timestamp is signed with the body, so that a receiver
 * can refuse a replayed request that is too old; {@link #verify} is what a receiver does.
 */
public final class WebhookSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private final byte[] secret;

	public WebhookSignature(String secret) {
		if (secret == null || secret.isBlank()) {
			throw new IllegalArgumentException("the webhook secret is empty: set invoice-ocr.webhook.secret");
		}
		this.secret = secret.getBytes(StandardCharsets.UTF_8);
	}

	/** The header value for a body sent at {@code now}. */
	public String header(String body, Instant now) {
		long timestamp = now.getEpochSecond();
		return "t=" + timestamp + ",v1=" + hmac(timestamp + "." + body);
	}

	/**
	 * Whether the header signs this body with this secret, at most {@code tolerance} from
	 * {@code now}. Comparison in constant time.
	 */
	public boolean verify(String header, String body, Instant now, Duration tolerance) {
		Long timestamp = null;
		String signature = null;
		for (String part : header == null ? new String[0] : header.split(",")) {
			String[] pair = part.strip().split("=", 2);
			if (pair.length == 2 && pair[0].equals("t") && pair[1].matches("\\d{1,12}")) {
				timestamp = Long.parseLong(pair[1]);
			}
			else if (pair.length == 2 && pair[0].equals("v1")) {
				signature = pair[1];
			}
		}
		if (timestamp == null || signature == null) {
			return false;
		}
		if (Duration.between(Instant.ofEpochSecond(timestamp), now).abs().compareTo(tolerance) > 0) {
			return false;
		}
		return MessageDigest.isEqual(hmac(timestamp + "." + body).getBytes(StandardCharsets.US_ASCII),
				signature.getBytes(StandardCharsets.US_ASCII));
	}

	private String hmac(String signed) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(secret, ALGORITHM));
			return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("every Java platform has HMAC-SHA256", ex);
		}
	}

}
