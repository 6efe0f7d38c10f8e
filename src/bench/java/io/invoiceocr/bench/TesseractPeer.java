package io.invoiceocr.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * Tesseract 5 through its command line, English, one uniform block of text (psm 6), on one thread:
 * its default OpenMP threads are several times slower on two cores for the same output.
 */
final class TesseractPeer implements DocumentReader {

	private static final long TIMEOUT_SECONDS = 120;

	private final String binary;

	TesseractPeer(String binary) {
		this.binary = binary;
	}

	/** The version line when the binary runs, else null. */
	static String version(String binary) {
		try {
			Process process = new ProcessBuilder(binary, "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
				return null;
			}
			return output.lines().findFirst().orElse(binary).strip();
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	@Override
	public String name() {
		return "tesseract";
	}

	@Override
	public Reading read(Path document) throws IOException, InterruptedException {
		ProcessBuilder builder = new ProcessBuilder(binary, document.toAbsolutePath().toString(), "stdout", "-l", "eng",
				"--psm", "6", "tsv");
		builder.environment().put("OMP_THREAD_LIMIT", "1");
		Process process = builder.start();
		// Drain stderr alongside stdout so that neither pipe can fill and stall the process.
		CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
		String tsv = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IOException("tesseract took more than " + TIMEOUT_SECONDS + " s on " + document);
		}
		if (process.exitValue() != 0) {
			String stderr = new String(errors.join(), StandardCharsets.UTF_8).strip();
			throw new IOException("tesseract exited with " + process.exitValue() + " on " + document + ": " + stderr);
		}
		List<TextLine> lines = TesseractTsv.lines(tsv);
		return Reading.ofOcrPage(ReadingOrder.text(lines));
	}

	private static byte[] readAll(InputStream stream) {
		try {
			return stream.readAllBytes();
		}
		catch (IOException ex) {
			return new byte[0];
		}
	}

}
