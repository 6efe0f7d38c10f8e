package io.invoiceocr.bench;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.invoiceocr.extract.Grounding;
import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.normalize.Amounts;
import io.invoiceocr.extract.normalize.DateOrder;
import io.invoiceocr.extract.normalize.Dates;

import tools.jackson.databind.JsonNode;

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

	/**
	 * Right and scored fields per group of documents: the design the key names
	 * ({@code _about.design}), else its locale ({@code _about.locale}); none for keys without either.
	 */
	private final Map<String, int[]> groups = new TreeMap<>();

	/** Line items over all documents: right, predicted, in the truth. */
	private final int[] items = new int[3];

	private boolean scoresItems;

	ExtractScore(ExtractLayout layout) {
		this.layout = layout;
		layout.fields()
			.stream()
			.filter(field -> field.compare() != ExtractLayout.Compare.ITEMS)
			.forEach(field -> tallies.put(field.name(), new int[2]));
	}

	void add(ExtractDataset.Case document, Invoice invoice) {
		int[] group = group(document).map(name -> groups.computeIfAbsent(name, key -> new int[2])).orElse(new int[2]);
		for (ExtractLayout.TruthField field : layout.fields()) {
			if (field.compare() == ExtractLayout.Compare.ITEMS) {
				addItems(document, field.name(), invoice.lineItems());
				continue;
			}
			String expected = document.truth(field.name());
			if (expected == null || expected.isBlank()) {
				continue;
			}
			Object predicted = field.predicted().apply(invoice);
			int[] tally = tallies.get(field.name());
			tally[1]++;
			group[1]++;
			if (matches(field.compare(), expected, predicted)) {
				tally[0]++;
				group[0]++;
			}
			else {
				misses.add(new Miss(document.id(), field.name(), expected, predicted));
			}
		}
	}

	private static Optional<String> group(ExtractDataset.Case document) {
		JsonNode about = document.truth().path("_about");
		String design = about.path("design").asString("");
		String name = design.isBlank() ? about.path("locale").asString("") : design;
		return name.isBlank() ? Optional.empty() : Optional.of((design.isBlank() ? "locale " : "design ") + name);
	}

	/**
	 * An item of the truth is found when an item not yet taken has the same amount and a matching
	 * description; the amount decides, since descriptions wrap and abbreviate.
	 */
	private void addItems(ExtractDataset.Case document, String name, List<LineItem> predicted) {
		JsonNode truth = document.truth().get(name);
		if (truth == null || !truth.isArray()) {
			return;
		}
		scoresItems = true;
		List<LineItem> open = new ArrayList<>(predicted);
		for (JsonNode item : truth) {
			String description = item.path("description").asString();
			String amount = item.path("amount").asString();
			LineItem found = open.stream()
				.filter(candidate -> matches(ExtractLayout.Compare.AMOUNT, amount, value(candidate.amount()))
						&& matches(ExtractLayout.Compare.TEXT_PART, description, value(candidate.description())))
				.findFirst()
				.orElse(null);
			if (found != null) {
				open.remove(found);
				items[0]++;
			}
			else {
				misses.add(new Miss(document.id(), name, description + " = " + amount, null));
			}
		}
		items[1] += predicted.size();
		items[2] += truth.size();
	}

	private static Object value(Field<?> field) {
		return field == null ? null : field.value();
	}

	/** Line items: precision, recall and F1 (NaN when the dataset has none). */
	double[] itemScores() {
		double precision = items[1] == 0 ? 0 : (double) items[0] / items[1];
		double recall = items[2] == 0 ? Double.NaN : (double) items[0] / items[2];
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		return new double[] { precision, recall, f1 };
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
			case ITEMS -> throw new IllegalArgumentException("line items are scored as a set, not as one value");
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
		if (!groups.isEmpty()) {
			out.append("fields right per group of documents:");
			groups.forEach((name, tally) -> out.append(String.format(Locale.ROOT, "  %s %.1f%% (%d/%d)", name,
					100.0 * tally[0] / tally[1], tally[0], tally[1])));
			out.append('\n');
		}
		if (scoresItems) {
			double[] scores = itemScores();
			out.append(String.format(Locale.ROOT, "line items: %d right of %d in the truth, %d predicted: precision %.1f%%, "
					+ "recall %.1f%%, F1 %.1f%%%n", items[0], items[2], items[1], scores[0] * 100, scores[1] * 100,
					scores[2] * 100));
		}
		return out.toString();
	}

}
