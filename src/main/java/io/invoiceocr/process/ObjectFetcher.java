package io.invoiceocr.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.ocr.decode.DecodeLimits;

import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Streams a document's object from S3 into a temporary file, hashing it on the way, and refuses
 * objects over the size limit before and while reading them (the size S3 announces may be wrong).
 * An object that is gone is this document's problem; S3 being unreachable, refusing access or
 * breaking off a download, and a local disk that is full, are the run's, and are thrown.
 */
public class ObjectFetcher {

	private final S3Client s3;

	private final long maxBytes;

	private final Path tempDir;

	public ObjectFetcher(S3Client s3, long maxBytes, Path tempDir) {
		this.s3 = s3;
		this.maxBytes = maxBytes;
		this.tempDir = tempDir;
	}

	public FetchedObject fetch(OcrDocument document) throws UnprocessableDocumentException {
		ResponseInputStream<GetObjectResponse> in;
		try {
			in = s3.getObject(r -> r.bucket(document.bucket()).key(document.objectKey()).versionId(document.versionId()));
		}
		catch (NoSuchKeyException ex) {
			throw gone(document);
		}
		catch (S3Exception ex) {
			// a missing version is the document's problem; a missing bucket is the configuration's
			String code = ex.awsErrorDetails() == null ? null : ex.awsErrorDetails().errorCode();
			if (ex.statusCode() == 404 && !"NoSuchBucket".equals(code)) {
				throw gone(document);
			}
			throw ex;
		}
		try (in) {
			Long announced = in.response().contentLength();
			if (announced != null && announced > maxBytes) {
				in.abort();
				throw tooLarge(document, announced, "");
			}
			return copy(document, in, in.response().contentType());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not read " + document.objectUri() + " from S3", ex);
		}
	}

	private FetchedObject copy(OcrDocument document, InputStream in, String contentType)
			throws IOException, UnprocessableDocumentException {
		Path file = Files.createTempFile(tempDir, "invoice-ocr-", ".bin");
		boolean kept = false;
		try {
			MessageDigest sha256 = sha256();
			long size = 0;
			try (DigestInputStream digesting = new DigestInputStream(in, sha256);
					OutputStream out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[64 * 1024];
				for (int read; (read = digesting.read(buffer)) != -1;) {
					size += read;
					if (size > maxBytes) {
						// S3 did not say the size: what is known is that it is over the limit
						throw tooLarge(document, size, "more than ");
					}
					out.write(buffer, 0, read);
				}
			}
			kept = true;
			return new FetchedObject(file, size, HexFormat.of().formatHex(sha256.digest()), contentType);
		}
		finally {
			if (!kept) {
				Files.deleteIfExists(file);
			}
		}
	}

	private UnprocessableDocumentException gone(OcrDocument document) {
		String when = document.objectRemovedAt() == null ? "" : " (removed at " + document.objectRemovedAt() + ")";
		return new UnprocessableDocumentException(
				"the object " + document.objectUri() + " no longer exists in S3" + when + "; nothing to read");
	}

	/** @param size "" when the size is exact, "more than " when reading stopped at the limit */
	private UnprocessableDocumentException tooLarge(OcrDocument document, long bytes, String size) {
		return new UnprocessableDocumentException("the object " + document.objectUri() + " is " + size
				+ DecodeLimits.bytes(bytes) + ", more than the limit of " + DecodeLimits.bytes(maxBytes)
				+ "; raise invoice-ocr.ocr.decode.max-bytes to accept it");
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

}
