package io.invoiceocr.ingest;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.StagingResult;
import io.invoiceocr.ingest.event.ObjectEvent;
import io.invoiceocr.ingest.event.ParsedMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes what triaged messages mean, in the caller's transaction: created objects become PENDING
 * documents, removals are recorded, and anything that could not be used is kept in
 * {@code ingest_reject} with its reason. Shared by the SQS step and the HTTP endpoint, so both
 * behave the same.
 */
@Component
public class MessageStager {

	private static final Logger log = LoggerFactory.getLogger(MessageStager.class);

	private final DocumentIdResolver idResolver;

	private final OcrDocumentRepository documents;

	private final ObjectRemovalRepository removals;

	private final IngestRejectRepository rejects;

	public MessageStager(DocumentIdResolver idResolver, OcrDocumentRepository documents,
			ObjectRemovalRepository removals, IngestRejectRepository rejects) {
		this.idResolver = idResolver;
		this.documents = documents;
		this.removals = removals;
		this.rejects = rejects;
	}

	public IngestReport stage(List<TriagedMessage> messages, Long jobExecutionId) {
		List<ObjectToStage> objects = new ArrayList<>();
		for (TriagedMessage triaged : messages) {
			for (ObjectEvent event : triaged.toStage()) {
				ObjectToStage object = new ObjectToStage(event.bucket(), event.key(), event.versionId(), event.etag(),
						event.sizeBytes(), event.eventTime(), triaged.message().source(), triaged.message().messageId());
				objects.add(object);
			}
		}
		List<NewDocument> resolved = idResolver.resolveAll(objects);
		StagingResult result = documents.stage(resolved, jobExecutionId);

		result.reuploads()
			.forEach(r -> log.info("Document {} re-uploaded: {} replaces {} (was {})", r.document().id(),
					r.document().objectUri(), r.previousObjectUri(), r.previousStatus()));
		result.superseded()
			.forEach(d -> log.info("Document {} already has a newer upload than {}; kept the newer", d.id(),
					d.objectUri()));

		int removalCount = 0;
		for (TriagedMessage triaged : messages) {
			removals.save(triaged.message().source(), triaged.message().messageId(), triaged.removals());
			for (ObjectEvent removal : triaged.removals()) {
				documents.markObjectRemoved(removal.bucket(), removal.key(), removal.versionId(), removal.eventTime());
				removalCount++;
			}
		}

		List<IngestRejectRepository.Reject> toReject = messages.stream()
			.filter(TriagedMessage::rejected)
			.map(m -> new IngestRejectRepository.Reject(m.message().source(), m.message().messageId(), m.rejectReason(),
					m.message().body()))
			.toList();
		toReject.forEach(r -> log.warn("Rejected message {} from {}: {}", r.messageId(), r.source(), r.reason()));
		rejects.save(toReject);

		int ignored = (int) messages.stream().filter(MessageStager::housekeeping).count();
		return IngestReport.of(result, removalCount, toReject.size(), ignored);
	}

	/** Messages that carry no object at all and need nothing but an acknowledgement. */
	private static boolean housekeeping(TriagedMessage message) {
		return message.parsed() instanceof ParsedMessage.TestEvent
				|| message.parsed() instanceof ParsedMessage.UnsubscribeConfirmation
				|| message.parsed() instanceof ParsedMessage.SubscriptionConfirmation;
	}

}
