package io.invoiceocr.extract.llm;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.invoiceocr.extract.Check;
import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionException;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.ExtractionMetadata;
import io.invoiceocr.extract.FieldSource;
import io.invoiceocr.extract.Grounding;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.InvoiceMerge;
import io.invoiceocr.extract.InvoiceValidator;
import io.invoiceocr.extract.rules.RuleBasedExtractor;

/**
 * The language model's extraction, checked and completed: the answer is validated (every value
 * looked for in the text, the amounts added up); an answer with problems goes back to the model
 * once, with the list; fields still missing or not found in the text are taken from the rule-based
 * extractor, and each field's source says which extractor gave it. When the model gives no usable
 * answer at all (unreachable, timeout, garbage twice), the rules give every field, or, with the
 * fallback off, the document fails with the reason.
 */
public final class LlmInvoiceExtractor implements InvoiceExtractor {

	/** Failures a second ask can mend: the model answered, but not in shape. */
	private static final Set<LlmException.Kind> REPAIRABLE = EnumSet.of(LlmException.Kind.INVALID_JSON,
			LlmException.Kind.SCHEMA_VIOLATION);

	private final OllamaInvoiceClient client;

	private final RuleBasedExtractor rules;

	private final String model;

	private final boolean repairRound;

	private final boolean fallbackToRules;

	private final InvoiceValidator validator = new InvoiceValidator();

	public LlmInvoiceExtractor(OllamaInvoiceClient client, RuleBasedExtractor rules, String model, boolean repairRound,
			boolean fallbackToRules) {
		this.client = client;
		this.rules = rules;
		this.model = model;
		this.repairRound = repairRound;
		this.fallbackToRules = fallbackToRules;
	}

	@Override
	public Extraction extract(ExtractionInput input) throws ExtractionException {
		long started = System.nanoTime();
		DocumentText text = DocumentText.of(input.ocr());
		if (text.isEmpty()) {
			// Nothing to read: asking the model would only invite it to invent.
			Extraction rulesOnly = rules.extract(input);
			return new Extraction(rulesOnly.invoice(), rulesOnly.validation(), rulesOnly.metadata()
				.withNotes(model, List.of("the document has no text: the language model was not asked"),
						(System.nanoTime() - started) / 1_000_000));
		}
		Invoice fromRules = rules.read(text);
		Grounding grounding = Grounding.forInvoice(text, fromRules);
		List<String> notes = new ArrayList<>();
		int repairs = 0;
		LlmReply reply;
		try {
			reply = client.ask(text, List.of(), null);
		}
		catch (LlmException ex) {
			if (!repairRound || !REPAIRABLE.contains(ex.kind())) {
				return fallback(ex, 0, fromRules, grounding, started);
			}
			repairs = 1;
			try {
				reply = client.ask(text, List.of(ex.getMessage()), ex.rawAnswer());
				notes.add("the first answer was refused (" + ex.getMessage() + "); the repaired answer was used");
			}
			catch (LlmException again) {
				return fallback(again, repairs, fromRules, grounding, started);
			}
		}
		InvoiceValidator.Result checked = validator.validate(reply.invoice(), grounding);
		List<String> problems = problems(reply, checked);
		if (!problems.isEmpty() && repairs == 0 && repairRound) {
			repairs = 1;
			try {
				LlmReply repaired = client.ask(text, problems, reply.rawAnswer());
				InvoiceValidator.Result recheck = validator.validate(repaired.invoice(), grounding);
				if (recheck.validation().failures().size() <= checked.validation().failures().size()) {
					reply = repaired;
					checked = recheck;
					notes.add("the answer was sent back once with " + problems.size() + " problem(s); the repaired answer was used");
				}
				else {
					notes.add("the answer was sent back once with " + problems.size()
							+ " problem(s); the repaired answer was worse and the first was kept");
				}
			}
			catch (LlmException ex) {
				notes.add("the repair round failed (" + ex.getMessage() + "); the first answer was kept");
			}
		}
		List<String> taken = new ArrayList<>();
		Invoice merged = InvoiceMerge.fillGaps(checked.invoice(), ungrounded(checked), fromRules, taken);
		InvoiceValidator.Result result = validator.validate(merged, grounding);
		List<String> extractors = new ArrayList<>(List.of(FieldSource.LLM.id()));
		if (!taken.isEmpty()) {
			extractors.add(FieldSource.RULES.id());
			notes.add("missing or not found in the text in the model's answer, taken from the rules: " + String.join(", ", taken));
		}
		return new Extraction(result.invoice(), result.validation(), new ExtractionMetadata(extractors, model, repairs,
				reply.truncation(), notes, (System.nanoTime() - started) / 1_000_000));
	}

	/** What to tell the model about its answer: values that did not normalise, and failed checks. */
	private static List<String> problems(LlmReply reply, InvoiceValidator.Result checked) {
		Set<String> problems = new LinkedHashSet<>(reply.problems());
		for (Check failure : checked.validation().failures()) {
			problems.add((failure.field() == null ? "" : failure.field() + ": ") + failure.detail());
		}
		return List.copyOf(problems);
	}

	/** Fields whose value is nowhere in the text: the rules' value, if they have one, is preferred. */
	private static Set<InvoiceField> ungrounded(InvoiceValidator.Result checked) {
		Set<InvoiceField> refused = EnumSet.noneOf(InvoiceField.class);
		for (Check failure : checked.validation().failures()) {
			if (failure.name().equals("grounded")) {
				for (InvoiceField field : InvoiceField.values()) {
					if (field.path().equals(failure.field())) {
						refused.add(field);
					}
				}
			}
		}
		return refused;
	}

	/** The rules' invoice, already read, as the answer. */
	private Extraction fallback(LlmException ex, int repairs, Invoice fromRules, Grounding grounding, long started)
			throws ExtractionException {
		if (!fallbackToRules) {
			throw new ExtractionException("the language model gave no usable answer: " + ex.getMessage(), ex);
		}
		InvoiceValidator.Result validated = validator.validate(fromRules, grounding);
		return new Extraction(validated.invoice(), validated.validation(), new ExtractionMetadata(
				List.of(FieldSource.RULES.id()), model, repairs, null, List.of("the language model gave no usable answer ("
						+ ex.getMessage() + "); every field is from the rule-based extractor"),
				(System.nanoTime() - started) / 1_000_000));
	}

}
