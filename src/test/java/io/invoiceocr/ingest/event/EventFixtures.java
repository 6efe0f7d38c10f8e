package io.invoiceocr.ingest.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import io.invoiceocr.ingest.event.ParsedMessage.Malformed;
import io.invoiceocr.ingest.event.ParsedMessage.ObjectEvents;
import tools.jackson.databind.json.JsonMapper;

/**
 * The parser is the only place that knows how S3 events look on the wire, so each format AWS
 * documents has a fixture under {@code src/test/resources/events/} shaped like AWS's own examples;
 * these read them and what the parser made of them.
 */
final class EventFixtures {

	private EventFixtures() {
	}

	static List<ObjectEvent> eventsOf(ParsedMessage message) {
		assertThat(message).isInstanceOf(ObjectEvents.class);
		return ((ObjectEvents) message).events();
	}

	static String reasonOf(ParsedMessage message) {
		assertThat(message).isInstanceOf(Malformed.class);
		return ((Malformed) message).reason();
	}

	/** A fixture with one change, failing if the text to change is not there (else a test proves nothing). */
	static String fixture(String name, String target, String replacement) {
		String text = fixture(name);
		assertThat(text).as("fixture %s", name).contains(target);
		return text.replace(target, replacement);
	}

	static String fixture(String name) {
		try (InputStream in = EventFixtures.class.getResourceAsStream("/events/" + name)) {
			assertThat(in).as("fixture %s", name).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The text as a JSON string literal, the way SNS puts a message inside its envelope. */
	static String quoted(String text) {
		return JsonMapper.builder().build().writeValueAsString(text);
	}

}
