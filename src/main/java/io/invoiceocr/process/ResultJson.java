package io.invoiceocr.process;


import io.invoiceocr.extract.Extraction;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.TextLine;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON a document's result is stored and sent as: {@code ocr_metadata} (per page the path taken
 * and the lines with confidence and box; engine and model versions; timings per stage; how the
 * invoice was extracted) and {@code invoice} (the invoice data with its validation).
 */
public class ResultJson {

	private final JsonMapper json;

	public ResultJson(JsonMapper json) {
		this.json = json;
	}

	/** The metadata of what OCR read; the timings per stage are added once the document is done. */
	public ObjectNode metadata(OcrResult ocr, FetchedObject object) {
		ObjectNode metadata = json.createObjectNode();
		metadata.put("mediaType", ocr.mediaType());
		metadata.put("sizeBytes", object.sizeBytes());
		metadata.put("contentSha256", object.sha256());
		metadata.put("engine", ocr.engine());
		metadata.set("models", json.valueToTree(ocr.models()));
		ArrayNode pages = metadata.putArray("pages");
		for (PageResult page : ocr.pages()) {
			pages.add(page(page));
		}
		return metadata;
	}

	private ObjectNode page(PageResult page) {
		ObjectNode node = json.createObjectNode();
		node.put("number", page.number());
		node.put("path", page.path().name());
		node.put("width", page.width());
		node.put("height", page.height());
		node.put("rotation", page.rotation());
		node.set("timingsMs", json.valueToTree(page.timingsMs()));
		ArrayNode lines = node.putArray("lines");
		for (TextLine line : page.lines()) {
			ObjectNode lineNode = lines.addObject();
			lineNode.put("text", line.text());
			lineNode.put("confidence", Math.round(line.confidence() * 1000) / 1000.0);
			ArrayNode box = lineNode.putArray("box");
			for (Point point : line.box().points()) {
				box.addArray().add(round(point.x())).add(round(point.y()));
			}
		}
		return node;
	}

	/** Adds how the invoice was extracted to the metadata. */
	public void addExtraction(ObjectNode metadata, Extraction extraction) {
		metadata.set("extraction", json.valueToTree(extraction.metadata()));
	}

	/** The invoice data as stored and sent: every field with its evidence, and the validation. */
	public ObjectNode invoice(Extraction extraction) {
		ObjectNode invoice = json.valueToTree(extraction.invoice());
		invoice.set("validation", json.valueToTree(extraction.validation()));
		return invoice;
	}

	public JsonNode tree(Object value) {
		return json.valueToTree(value);
	}

	public JsonNode parse(String text) {
		return text == null ? null : json.readTree(text);
	}

	public String write(JsonNode node) {
		return node == null ? null : json.writeValueAsString(node);
	}

	private static double round(float value) {
		return Math.round(value * 10) / 10.0;
	}

}
