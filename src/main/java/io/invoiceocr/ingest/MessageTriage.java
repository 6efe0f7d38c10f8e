package io.invoiceocr.ingest;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ingest.event.ObjectEvent;
import io.invoiceocr.ingest.event.ParsedMessage;
import io.invoiceocr.ingest.event.S3EventParser;

import org.springframework.stereotype.Component;

/**
 * Decides what a message means for the staging table: parse it, keep the events of configured
 * buckets and prefixes, and say in words why anything else is not used.
 */
@Component
public class MessageTriage {

	private final S3EventParser parser;

	private final IngestProperties properties;

	public MessageTriage(S3EventParser parser, IngestProperties properties) {
		this.parser = parser;
		this.properties = properties;
	}

	public TriagedMessage triage(InboundMessage message) {
		ParsedMessage parsed = parser.parse(message.body());
		List<ObjectEvent> toStage = new ArrayList<>();
		List<ObjectEvent> removals = new ArrayList<>();
		List<String> rejects = new ArrayList<>();
		if (parsed instanceof ParsedMessage.Malformed malformed) {
			rejects.add(malformed.reason());
		}
		else if (parsed instanceof ParsedMessage.ObjectEvents events) {
			for (ObjectEvent event : events.events()) {
				String notConfigured = notConfiguredReason(event);
				if (notConfigured != null) {
					rejects.add(notConfigured);
				}
				else if (event.key().indexOf('\u0000') >= 0 || event.bucket().indexOf('\u0000') >= 0) {
					// S3 allows it, PostgreSQL text does not: it would fail the whole chunk
					rejects.add("key '" + event.key().replace('\u0000', '?')
							+ "' contains a NUL character, which cannot be stored; event " + event.eventName()
							+ " was not staged");
				}
				else if (event.type() == ObjectEvent.Type.CREATED) {
					toStage.add(event);
				}
				else {
					removals.add(event);
				}
			}
		}
		return new TriagedMessage(message, parsed, toStage, removals, rejects);
	}

	private String notConfiguredReason(ObjectEvent event) {
		List<IngestProperties.Source> sameBucket = properties.sources()
			.stream()
			.filter(source -> source.bucket().equals(event.bucket()))
			.toList();
		if (sameBucket.isEmpty()) {
			return "bucket '" + event.bucket() + "' is not configured (invoice-ocr.ingest.sources); event "
					+ event.eventName() + " for key '" + event.key() + "' was not staged";
		}
		if (sameBucket.stream().noneMatch(source -> source.covers(event.key()))) {
			return "key '" + event.key() + "' in bucket '" + event.bucket()
					+ "' is outside the configured prefixes " + sameBucket.stream().flatMap(s -> s.prefixes().stream()).toList()
					+ "; event " + event.eventName() + " was not staged";
		}
		return null;
	}

}
