package io.invoiceocr.ingest;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * HeadObject of an announced object: its metadata, or {@code null} when it is gone; a failure that
 * is not the object's (permissions, throttling, outage) is an {@link ObjectMetadataUnavailableException}.
 */
final class ObjectHeads {

	private static final Logger log = LoggerFactory.getLogger(ObjectHeads.class);

	/** The object as it was found, and its HeadObject answer ({@code null} when it is gone). */
	record Found(ObjectToStage object, HeadObjectResponse head) {
	}

	private final S3Client s3;

	ObjectHeads(S3Client s3) {
		this.s3 = s3;
	}

	/**
	 * HeadObject of the announced key. If it is not there but its URL-decoded form is, the key was
	 * still encoded (EventBridge is documented to send keys as they are, S3 notifications encoded;
	 * this guards against a sender that does otherwise) and the decoded key is the object's.
	 */
	Found head(ObjectToStage object) {
		HeadObjectResponse head = headOrNull(object);
		if (head != null) {
			return new Found(object, head);
		}
		String decoded = urlDecodedOrNull(object.key());
		if (decoded != null && !decoded.equals(object.key())) {
			ObjectToStage decodedObject = new ObjectToStage(object.bucket(), decoded, object.versionId(), object.etag(),
					object.sizeBytes(), object.eventTime(), object.source(), object.sourceMessageId());
			HeadObjectResponse decodedHead = headOrNull(decodedObject);
			if (decodedHead != null) {
				log.info("s3://{}/{} exists only URL-decoded, as '{}'; staging that key", object.bucket(), object.key(),
						decoded);
				return new Found(decodedObject, decodedHead);
			}
		}
		log.warn("s3://{}/{} is gone already; staging it from the event alone", object.bucket(), object.key());
		return new Found(object, null);
	}

	private static String urlDecodedOrNull(String key) {
		try {
			return URLDecoder.decode(key, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private HeadObjectResponse headOrNull(ObjectToStage object) {
		HeadObjectRequest.Builder request = HeadObjectRequest.builder().bucket(object.bucket()).key(object.key());
		if (object.versionId() != null) {
			request.versionId(object.versionId());
		}
		try {
			return s3.headObject(request.build());
		}
		catch (NoSuchKeyException ex) {
			return null;
		}
		catch (S3Exception ex) {
			if (ex.statusCode() == 404) {
				return null;
			}
			// Not the object's fault (permissions, KMS, throttling, outage): fail the chunk so that
			// its messages stay queued and a later run, once this is fixed, stages them with their ids.
			throw new ObjectMetadataUnavailableException(object, ex);
		}
	}

}
