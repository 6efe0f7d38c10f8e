package io.invoiceocr.webhook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** HMAC-SHA256 by the openssl command, a second implementation to check ours against. */
final class OpenSsl {

	private OpenSsl() {
	}

	static String hmacSha256(String key, String data) {
		try {
			Process process = new ProcessBuilder("openssl", "dgst", "-sha256", "-hmac", key, "-hex").start();
			try (OutputStream in = process.getOutputStream()) {
				in.write(data.getBytes(StandardCharsets.UTF_8));
			}
			String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException("openssl failed: " + out);
			}
			// "SHA2-256(stdin)= 3f2a..." or "(stdin)= 3f2a..."
			return out.substring(out.lastIndexOf(' ') + 1);
		}
		catch (IOException ex) {
			throw new IllegalStateException("openssl is needed for this test", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
