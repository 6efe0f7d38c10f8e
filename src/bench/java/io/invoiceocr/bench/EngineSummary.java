package io.invoiceocr.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One engine's row of the table.
 *
 * @param engine          engine name
 * @param pages           pages scored (with ground truth) or read (without)
 * @param meanCer         mean of the page CERs; NaN without ground truth
 * @param corpusCer       sum of distances over sum of reference lengths; NaN without ground truth
 * @param exactLineRate   reference lines matched exactly, over all reference lines; NaN without ground truth
 * @param medianMs        median milliseconds per page
 * @param p95Ms           95th percentile (nearest rank) of milliseconds per page
 * @param pagesPerSecond  pages read over the summed read time
 * @param textLayerPages  pages taken from a PDF text layer
 * @param ocrPages        pages read by OCR
 * @param failures        documents the engine failed to read
 * @param stageMedianMs   per stage the engine reports, the median over documents of its milliseconds per page
 */
record EngineSummary(String engine, int pages, double meanCer, double corpusCer, double exactLineRate, double medianMs,
		double p95Ms, double pagesPerSecond, int textLayerPages, int ocrPages, int failures,
		Map<String, Double> stageMedianMs) {

	static EngineSummary of(String engine, List<DocumentOutcome> outcomes) {
		List<DocumentOutcome> read = outcomes.stream().filter(outcome -> !outcome.failed()).toList();
		// A document of several pages gives each page its share of the read time, so that long
		// PDFs weigh by their pages in the per-page figures.
		double[] perPage = read.stream()
			.filter(outcome -> outcome.reading().pages() > 0)
			.flatMapToDouble(outcome -> {
				int pages = outcome.reading().pages();
				double[] shares = new double[pages];
				Arrays.fill(shares, outcome.millis() / pages);
				return Arrays.stream(shares);
			})
			.toArray();
		double totalMs = read.stream().mapToDouble(DocumentOutcome::millis).sum();
		int pagesRead = read.stream().mapToInt(outcome -> outcome.reading().pages()).sum();
		int textLayer = read.stream().mapToInt(outcome -> outcome.reading().textLayerPages()).sum();
		int ocr = read.stream().mapToInt(outcome -> outcome.reading().ocrPages()).sum();

		List<OcrScore.Page> scores = outcomes.stream().map(DocumentOutcome::score).filter(s -> s != null).toList();
		double meanCer = scores.stream().mapToDouble(OcrScore.Page::cer).average().orElse(Double.NaN);
		double corpusCer = ratio(scores.stream().mapToLong(OcrScore.Page::distance).sum(),
				scores.stream().mapToLong(OcrScore.Page::referenceLength).sum(), scores.isEmpty());
		double exactRate = ratio(scores.stream().mapToLong(OcrScore.Page::exactLines).sum(),
				scores.stream().mapToLong(OcrScore.Page::referenceLines).sum(), scores.isEmpty());
		int pages = scores.isEmpty() ? pagesRead : scores.size();
		return new EngineSummary(engine, pages, meanCer, corpusCer, exactRate, median(perPage), percentile(perPage, 95),
				totalMs > 0 ? pagesRead / (totalMs / 1000) : Double.NaN, textLayer, ocr,
				outcomes.size() - read.size(), stageMedians(read));
	}

	/** Where the time goes: a stage's median per page, in the order the engine reports the stages. */
	private static Map<String, Double> stageMedians(List<DocumentOutcome> read) {
		Map<String, List<Double>> perStage = new LinkedHashMap<>();
		for (DocumentOutcome outcome : read) {
			int pages = Math.max(1, outcome.reading().pages());
			outcome.reading().stageMs().forEach((stage, ms) ->
					perStage.computeIfAbsent(stage, name -> new ArrayList<>()).add((double) ms / pages));
		}
		Map<String, Double> medians = new LinkedHashMap<>();
		perStage.forEach((stage, values) ->
				medians.put(stage, median(values.stream().mapToDouble(Double::doubleValue).toArray())));
		return medians;
	}

	private static double ratio(long numerator, long denominator, boolean none) {
		if (none) {
			return Double.NaN;
		}
		return denominator == 0 ? 0 : (double) numerator / denominator;
	}

	/** The median, the mean of the middle two for an even count; NaN when there are no values. */
	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** Nearest-rank percentile (p in 0..100): always a measured value, never an interpolation. */
	static double percentile(double[] values, double p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * sorted.length);
		return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
	}

}
