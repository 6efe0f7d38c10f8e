package io.invoiceocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * Reads a SROIE ground-truth line file: one line per row, {@code x1,y1,x2,y2,x3,y3,x4,y4,transcript}
 * with the quad clockwise from top-left. The transcript is everything after the eighth comma, since
 * receipts print commas ("1,234.00", "JALAN 1, TAMAN ...").
 */
final class SroieLines {

	private static final int COORDINATES = 8;

	private SroieLines() {
	}

	static List<TextLine> read(Path file) throws IOException {
		return parse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
	}

	/** The reference page text: the ground-truth lines in the same reading order every engine is scored in. */
	static String referenceText(List<TextLine> lines) {
		return ReadingOrder.text(lines);
	}

	static List<TextLine> parse(String content, String source) {
		List<TextLine> lines = new ArrayList<>();
		// Some files start with a byte order mark that would make the first x1 unreadable.
		String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
		int rowNumber = 0;
		for (String row : text.lines().toList()) {
			rowNumber++;
			if (row.isBlank()) {
				continue;
			}
			String[] fields = row.split(",", COORDINATES + 1);
			if (fields.length < COORDINATES + 1) {
				throw new IllegalArgumentException(
						"%s row %d: expected 8 coordinates and a transcript, got \"%s\"".formatted(source, rowNumber, row));
			}
			float[] xy = new float[COORDINATES];
			for (int i = 0; i < COORDINATES; i++) {
				try {
					xy[i] = Float.parseFloat(fields[i].strip());
				}
				catch (NumberFormatException ex) {
					throw new IllegalArgumentException(
							"%s row %d: coordinate %d is not a number: \"%s\"".formatted(source, rowNumber, i + 1, fields[i]), ex);
				}
			}
			Quad box = new Quad(new Point(xy[0], xy[1]), new Point(xy[2], xy[3]), new Point(xy[4], xy[5]),
					new Point(xy[6], xy[7]));
			lines.add(new TextLine(fields[COORDINATES], 1.0, box, 1, lines.size()));
		}
		return lines;
	}

}
