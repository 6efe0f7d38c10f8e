package io.invoiceocr.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Scores a hypothesis page text against a reference page text. Both are normalised first:
 * SROIE's ground truth is all upper case and engines differ in how they space words, so neither
 * case nor runs of spaces should count as errors.
 */
final class OcrScore {

	// \s alone misses the no-break and ideographic spaces some recognisers emit.
	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+");

	private OcrScore() {
	}

	/** Lower case, whitespace runs collapsed to one space, lines trimmed, empty lines dropped. */
	static String normalise(String text) {
		return lines(text).stream().collect(Collectors.joining("\n"));
	}

	static List<String> lines(String text) {
		return text.lines()
			.map(line -> WHITESPACE.matcher(line.toLowerCase(Locale.ROOT)).replaceAll(" ").strip())
			.filter(line -> !line.isEmpty())
			.toList();
	}

	/** Scores one page: edit distance, reference length and exact lines, all on normalised text. */
	static Page page(String hypothesis, String reference) {
		String hyp = normalise(hypothesis);
		String ref = normalise(reference);
		List<String> refLines = lines(ref);
		return new Page(levenshtein(hyp, ref), ref.codePointCount(0, ref.length()),
				exactLines(lines(hyp), refLines), refLines.size());
	}

	/** Edit distance in code points, so a character outside the BMP counts once. */
	static int levenshtein(String a, String b) {
		int[] x = a.codePoints().toArray();
		int[] y = b.codePoints().toArray();
		int[] previous = new int[y.length + 1];
		int[] current = new int[y.length + 1];
		for (int j = 0; j <= y.length; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= x.length; i++) {
			current[0] = i;
			for (int j = 1; j <= y.length; j++) {
				int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[y.length];
	}

	/**
	 * How many reference lines a hypothesis line matches exactly, each hypothesis line used at most
	 * once: a receipt repeats lines ("1 X 2.50") and one read must not count for two.
	 */
	static int exactLines(List<String> hypothesisLines, List<String> referenceLines) {
		Map<String, Integer> available = new HashMap<>();
		hypothesisLines.forEach(line -> available.merge(line, 1, Integer::sum));
		int matched = 0;
		for (String line : referenceLines) {
			Integer left = available.get(line);
			if (left != null && left > 0) {
				available.put(line, left - 1);
				matched++;
			}
		}
		return matched;
	}

	/**
	 * One page's score.
	 *
	 * @param distance        edit distance between the normalised texts
	 * @param referenceLength length of the normalised reference, in code points
	 * @param exactLines      reference lines matched exactly by a hypothesis line
	 * @param referenceLines  lines in the normalised reference
	 */
	record Page(int distance, int referenceLength, int exactLines, int referenceLines) {

		/** Distance over reference length; an empty reference scores 0 when the hypothesis is empty too, else 1. */
		double cer() {
			if (referenceLength == 0) {
				return distance == 0 ? 0 : 1;
			}
			return (double) distance / referenceLength;
		}

	}

}
