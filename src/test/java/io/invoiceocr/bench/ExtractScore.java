package io.invoiceocr.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.invoiceocr.extract.Grounding;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;

/** Per-field accuracy of extracted invoices against the ground truth, and the list of misses. */
final class ExtractScore {

	/** A field's tally: documents whose truth has the field, and how many of them were right. */
	record Tally(int right, int scored) {

		double accuracy() {
			return scored == 0 ? Double.NaN : (double) right / scored;
		}

	}

	/** A wrong or missing value. */
	record Miss(String id, String field, String expected, Object predicted) {
	}

	private final ExtractLayout layout;

	private final Map<String, int[]> tallies = new LinkedHashMap<>();

	private final List<Miss> misses = new ArrayList<>();

	ExtractScore(ExtractLayout layout) {
		this.layout = layout;
		layout.fields().forEach(field -> tallies.put(field.name(), new int[2]));
	}

	void add(ExtractDataset.Case document, Invoice invoice) {
		for (ExtractLayout.TruthField field : layout.fields()) {
			String expected = document.truth(field.name());
			if (expected == null || expected.isBlank()) {
				continue;
			}
			Object predicted = field.predicted().apply(invoice);
			int[] tally = tallies.get(field.name());
			tally[1]++;
			if (matches(field.compare(), expected, predicted)) {
				tally[0]++;
			}
			else {
				misses.add(new Miss(document.id(), field.name(), expected, predicted));
			}
		}
	}

	Map<String, Tally> tallies() {
		Map<String, Tally> result = new LinkedHashMap<>();
		tallies.forEach((name, tally) -> result.put(name, new Tally(tally[0], tally[1])));
		return result;
	}

	List<Miss> misses() {
		return List.copyOf(misses);
	}

	/** The mean of the fields' accuracies. */
	double meanAccuracy() {
		return tallies().values().stream().filter(t -> t.scored() > 0).mapToDouble(Tally::accuracy).average().orElse(Double.NaN);
	}

	static boolean matches(ExtractLayout.Compare compare, String expected, Object predicted) {
		if (predicted == null) {
			return false;
		}
		return switch (compare) {
			case TEXT -> !Grounding.comparable(expected).isEmpty()
					&& Grounding.comparable(expected).equals(Grounding.comparable(predicted.toString()));
			case TEXT_PART -> {
				String want = Grounding.comparable(expected);
				String got = Grounding.comparable(predicted.toString());
				yield !want.isEmpty() && !got.isEmpty() && (want.contains(got) || got.contains(want));
			}
			case AMOUNT -> {
				Optional<BigDecimal> want = Amounts.parse(expected);
				yield want.isPresent() && predicted instanceof BigDecimal got && want.get().compareTo(got) == 0;
			}
			case DATE -> {
				Optional<LocalDate> want = Dates.parse(expected, DateOrder.DAY_FIRST);
				yield want.isPresent() && want.get().equals(predicted);
			}
			case CODE -> expected.strip().equalsIgnoreCase(predicted.toString().strip());
			case COUNT -> expected.strip().equals(predicted.toString());
		};
	}

	/** The table: one row per field, then the mean. */
	String render(String title) {
		StringBuilder out = new StringBuilder(title).append('\n');
		out.append(String.format(Locale.ROOT, "| %-16s | %9s | %9s |%n", "field", "right", "accuracy"));
		out.append("|------------------|-----------|-----------|\n");
		tallies().forEach((name, tally) -> out.append(String.format(Locale.ROOT, "| %-16s | %3d / %-3d | %8.1f%% |%n", name,
				tally.right(), tally.scored(), tally.accuracy() * 100)));
		out.append(String.format(Locale.ROOT, "| %-16s | %9s | %8.1f%% |%n", "mean", "", meanAccuracy() * 100));
		return out.toString();
	}

}
