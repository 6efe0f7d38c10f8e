package io.invoiceocr.console.document;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The pages of a document's OCR metadata with their lines' boxes and the fields' evidence boxes. */
final class PageViews {

	private PageViews() {
	}

	static List<PageView> of(JsonNode metadata, List<FieldView> fields) {
		List<PageView> pages = new ArrayList<>();
		if (metadata == null) {
			return pages;
		}
		for (JsonNode page : metadata.path("pages")) {
			int number = page.path("number").asInt(pages.size() + 1);
			List<PageView.Shape> lines = new ArrayList<>();
			for (JsonNode line : page.path("lines")) {
				String points = Boxes.points(line.get("box"));
				if (points != null) {
					lines.add(new PageView.Shape(points, line.path("text").asString(""), null));
				}
			}
			List<PageView.Shape> evidence = new ArrayList<>();
			for (FieldView field : fields) {
				for (FieldView.EvidenceBox box : field.evidence()) {
					if (box.page() == number) {
						evidence.add(new PageView.Shape(box.points(), field.path() + ": " + field.value(), field.path()));
					}
				}
			}
			pages.add(new PageView(number, page.path("width").asDouble(1), page.path("height").asDouble(1),
					page.path("path").asString(""), lines, evidence));
		}
		return pages;
	}

}
