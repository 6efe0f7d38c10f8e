package io.invoiceocr.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documents of an extraction dataset with their ground truth, in one of the layouts of
 * {@link ExtractLayout}.
 */
record ExtractDataset(ExtractLayout layout, List<ExtractDataset.Case> cases) {

	/**
	 * One document.
	 *
	 * @param id    the file name without extension
	 * @param file  the image or PDF
	 * @param lines SROIE's ground-truth lines ({@code lines/<id>.txt}), or null
	 * @param truth the truth file's object (invoice2data's one-element array unwrapped)
	 */
	record Case(String id, Path file, Path lines, JsonNode truth) {

		/** The truth of a field by its dotted path, as text; null when absent or null. */
		String truth(String path) {
			JsonNode node = truth;
			for (String part : path.split("\\.")) {
				node = node == null ? null : node.get(part);
			}
			if (node == null || node.isNull()) {
				return null;
			}
			return node.isValueNode() ? node.asString() : node.toString();
		}

	}

	ExtractDataset {
		cases = List.copyOf(cases);
	}

	/** @param documents the folder of the documents, where a dataset has two (invoices: pdf or scan), or null */
	static ExtractDataset open(Path dir, String documents, int limit, JsonMapper json) throws IOException {
		ExtractLayout layout = layout(dir, documents);
		List<Case> cases = new ArrayList<>();
		for (Path file : EvalDataset.files(dir.resolve(layout.documentsFolder()), ".pdf", ".jpg", ".jpeg", ".png")) {
			String id = EvalDataset.baseName(file);
			Path truthFile = dir.resolve(layout.truthFolder()).resolve(id + ".json");
			if (!Files.isRegularFile(truthFile)) {
				continue; // nothing to score it against
			}
			JsonNode truth = json.readTree(truthFile.toFile());
			if (truth.isArray()) {
				truth = truth.get(0);
			}
			Path lines = dir.resolve("lines").resolve(id + ".txt");
			cases.add(new Case(id, file, Files.isRegularFile(lines) ? lines : null, truth));
			if (limit > 0 && cases.size() == limit) {
				break;
			}
		}
		if (cases.isEmpty()) {
			throw new IllegalArgumentException(dir + ": no document in " + layout.documentsFolder() + "/ has its "
					+ layout.truthFolder() + "/<id>.json");
		}
		return new ExtractDataset(layout, cases);
	}

	private static ExtractLayout layout(Path dir, String documents) {
		if (Files.isDirectory(dir.resolve("pdf")) && Files.isDirectory(dir.resolve("scan"))
				&& Files.isDirectory(dir.resolve("key"))) {
			return "scan".equals(documents) ? ExtractLayout.INVOICE_SCANS : ExtractLayout.INVOICES;
		}
		if (Files.isDirectory(dir.resolve("images")) && Files.isDirectory(dir.resolve("key"))) {
			return ExtractLayout.SROIE;
		}
		if (Files.isDirectory(dir.resolve("pdf")) && Files.isDirectory(dir.resolve("expected"))) {
			return ExtractLayout.INVOICE2DATA;
		}
		if (Files.isDirectory(dir.resolve("pdf")) && Files.isDirectory(dir.resolve("key"))) {
			return ExtractLayout.ZUGFERD;
		}
		throw new IllegalArgumentException(dir + " is none of the layouts: SROIE (images/, key/), invoice2data (pdf/, "
				+ "expected/), ZUGFeRD (pdf/, key/), invoices (pdf/, scan/, key/)");
	}

}
