package io.invoiceocr.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The documents to evaluate on: a SROIE-style folder ({@code images/<id>.jpg} with
 * {@code lines/<id>.txt} ground truth) or a folder of PDFs without ground truth.
 */
record EvalDataset(Kind kind, List<EvalDocument> documents) {

	enum Kind {
		SROIE, PDF
	}

	EvalDataset {
		documents = List.copyOf(documents);
	}

	static EvalDataset open(Path dir, int limit) throws IOException {
		if (Files.isDirectory(dir.resolve("images")) && Files.isDirectory(dir.resolve("lines"))) {
			return new EvalDataset(Kind.SROIE, limit(sroie(dir), limit));
		}
		Path pdfDir = Files.isDirectory(dir.resolve("pdf")) ? dir.resolve("pdf") : dir;
		List<EvalDocument> pdfs = files(pdfDir, ".pdf").stream()
			.map(file -> new EvalDocument(baseName(file), file, null))
			.toList();
		if (pdfs.isEmpty()) {
			throw new IllegalArgumentException(dir + " is neither a SROIE folder (images/ and lines/) nor a folder of PDFs"
					+ " (*.pdf or pdf/*.pdf)");
		}
		return new EvalDataset(Kind.PDF, limit(pdfs, limit));
	}

	private static List<EvalDocument> sroie(Path dir) throws IOException {
		List<EvalDocument> documents = new ArrayList<>();
		for (Path image : files(dir.resolve("images"), ".jpg", ".jpeg", ".png")) {
			String id = baseName(image);
			Path lines = dir.resolve("lines").resolve(id + ".txt");
			// An image without ground truth cannot be scored; leaving it out keeps every row comparable.
			if (Files.isRegularFile(lines)) {
				documents.add(new EvalDocument(id, image, SroieLines.referenceText(SroieLines.read(lines))));
			}
		}
		if (documents.isEmpty()) {
			throw new IllegalArgumentException(dir + ": no image in images/ has its lines/<id>.txt");
		}
		return documents;
	}

	static List<Path> files(Path dir, String... extensions) throws IOException {
		if (!Files.isDirectory(dir)) {
			return List.of();
		}
		try (Stream<Path> listing = Files.list(dir)) {
			return listing.filter(Files::isRegularFile).filter(file -> {
				String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
				return Stream.of(extensions).anyMatch(name::endsWith);
			}).sorted().toList();
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
	}

	private static List<EvalDocument> limit(List<EvalDocument> documents, int limit) {
		return limit > 0 && limit < documents.size() ? documents.subList(0, limit) : documents;
	}

	static String baseName(Path file) {
		String name = file.getFileName().toString();
		int dot = name.lastIndexOf('.');
		return dot > 0 ? name.substring(0, dot) : name;
	}

}
