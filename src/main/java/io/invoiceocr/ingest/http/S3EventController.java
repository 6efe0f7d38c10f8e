package io.invoiceocr.ingest.http;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.ingest.InboundMessage;
import io.invoiceocr.ingest.IngestMetrics;
import io.invoiceocr.ingest.IngestReport;
import io.invoiceocr.ingest.MessageStager;
import io.invoiceocr.ingest.MessageIntake;
import io.invoiceocr.ingest.TriagedMessage;
import io.invoiceocr.ingest.event.ParsedMessage;
import io.invoiceocr.ingest.sns.SnsSignatureCheck;
import io.invoiceocr.ingest.sns.SnsVerdict;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events pushed over HTTP: an SNS HTTPS subscription, an EventBridge API destination, or any
 * caller with the token. Same formats and same staging as the queue. Answers:
 * 202 staged (or already staged), 200 acknowledged without effect (test events, SNS housekeeping),
 * 422 not usable (kept in {@code ingest_reject} with the reason given in the answer), 403 an SNS
 * message whose signature does not verify (kept likewise), 503 when the signing certificate cannot
 * be fetched just now.
 */
@RestController
public class S3EventController {

	private final MessageIntake intake;

	private final MessageStager stager;

	private final TransactionTemplate transaction;

	private final IngestMetrics metrics;

	private final ApiProperties properties;

	private final SnsSignatureCheck snsSignatures;

	public S3EventController(MessageIntake intake, MessageStager stager, TransactionTemplate transaction,
			IngestMetrics metrics, ApiProperties properties, SnsSignatureCheck snsSignatures) {
		this.snsSignatures = snsSignatures;
		this.intake = intake;
		this.stager = stager;
		this.transaction = transaction;
		this.metrics = metrics;
		this.properties = properties;
	}

	/**
	 * Takes the body as the bytes that were sent, whatever the content type says (see
	 * {@link RawBody}), so that {@code curl -d} and SNS's {@code text/plain} are read alike.
	 */
	@PostMapping(path = "/api/events/s3", produces = "application/json")
	public ResponseEntity<Map<String, Object>> receive(HttpServletRequest request,
			@RequestHeader(name = "x-amz-sns-message-id", required = false) String snsMessageId) throws IOException {
		RawBody raw = RawBody.read(request, properties.maxBodyBytes());
		if (raw.tooLarge()) {
			// Refused, not kept: a body this size is not an S3 event, and storing it is what an abuser wants.
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
				.body(Map.of("outcome", "rejected", "rejected", "body is larger than " + properties.maxBodyBytes()
						+ " bytes, the limit set by invoice-ocr.api.max-body-bytes; an S3 event or SNS message is"
						+ " smaller (SNS: at most 262144 bytes), so check what is sent, or raise the setting"));
		}
		String body = raw.text();
		String messageId = snsMessageId != null ? snsMessageId : "http-" + UUID.randomUUID();
		InboundMessage message = new InboundMessage(DocumentSource.HTTP, messageId, null, body);
		// before anything in it is believed, in particular before a SubscribeURL is visited
		SnsVerdict verdict = snsSignatures.check(body);
		if (verdict instanceof SnsVerdict.Unavailable unavailable) {
			// not kept: SNS retries a delivery that failed with 5xx, and the retry may well verify
			return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
				.body(Map.of("messageId", messageId, "outcome", "retry-later", "rejected", unavailable.reason()));
		}
		if (verdict instanceof SnsVerdict.Refused refused) {
			return refuse(message, refused.reason());
		}
		TriagedMessage triaged = intake.process(message);
		IngestReport report = transaction.execute(status -> stager.stage(List.of(triaged), null));
		metrics.committed(DocumentSource.HTTP, report);
		return answer(triaged, report);
	}

	/**
	 * Kept in {@code ingest_reject} like any unusable message, so that an operator sees forged
	 * messages, or real ones refused by a wrong setting, with the reason; nothing in it is used.
	 */
	private ResponseEntity<Map<String, Object>> refuse(InboundMessage message, String reason) {
		TriagedMessage refused = new TriagedMessage(message, new ParsedMessage.Malformed(reason), List.of(), List.of(),
				List.of(reason));
		IngestReport report = transaction.execute(status -> stager.stage(List.of(refused), null));
		metrics.committed(DocumentSource.HTTP, report);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", message.messageId());
		body.put("outcome", "rejected");
		body.put("rejected", reason);
		return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
	}

	private static ResponseEntity<Map<String, Object>> answer(TriagedMessage triaged, IngestReport report) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("messageId", triaged.message().messageId());
		body.put("staged", report.staged());
		body.put("reuploads", report.reuploads());
		body.put("duplicates", report.duplicates());
		body.put("removals", report.removals());
		if (triaged.rejected()) {
			body.put("rejected", triaged.rejectReason());
		}
		HttpStatus status;
		if (report.staged() + report.reuploads() + report.duplicates() > 0) {
			status = HttpStatus.ACCEPTED;
		}
		else if (triaged.rejected()) {
			status = HttpStatus.UNPROCESSABLE_CONTENT;
		}
		else {
			status = HttpStatus.OK;
		}
		body.put("outcome", outcome(triaged, status));
		return ResponseEntity.status(status).body(body);
	}

	private static String outcome(TriagedMessage triaged, HttpStatus status) {
		if (status == HttpStatus.ACCEPTED) {
			return triaged.rejected() ? "partly-staged" : "staged";
		}
		if (status == HttpStatus.UNPROCESSABLE_CONTENT) {
			return "rejected";
		}
		ParsedMessage parsed = triaged.parsed();
		if (parsed instanceof ParsedMessage.TestEvent) {
			return "test-event-acknowledged";
		}
		if (parsed instanceof ParsedMessage.SubscriptionConfirmation) {
			return "subscription-confirmed";
		}
		if (parsed instanceof ParsedMessage.UnsubscribeConfirmation) {
			return "unsubscribe-acknowledged";
		}
		return "removal-recorded";
	}

}
