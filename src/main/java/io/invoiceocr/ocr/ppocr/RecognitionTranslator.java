package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * The SVTR recogniser: a batch of line crops resized to height 48 and padded to one width in, CTC
 * greedy decoding of the per-step character probabilities out, with two corrections measured on
 * real receipts:
 * <ul>
 * <li>the alphabet can be restricted (to Latin script, say): the best class among the allowed
 * ones is taken, so a Latin invoice does not come out with CJK or full-width look-alikes;</li>
 * <li>spaces are restored: the Chinese PP-OCR recogniser rarely emits its space class between
 * Latin words, but it gives it clear probability in the gap; a gap whose space probability
 * reaches {@code spaceThreshold} gets a space.</li>
 * </ul>
 */
final class RecognitionTranslator implements NoBatchifyTranslator<RecognitionBatch, List<Recognition>> {

	static final int HEIGHT = 48;

	private final CharacterDictionary dictionary;

	private final boolean[] allowed;

	private final float spaceThreshold;

	RecognitionTranslator(CharacterDictionary dictionary, boolean[] allowed, float spaceThreshold) {
		this.dictionary = dictionary;
		this.allowed = allowed;
		this.spaceThreshold = spaceThreshold;
	}

	@Override
	public NDList processInput(TranslatorContext ctx, RecognitionBatch batch) {
		int width = batch.width();
		float[] data = new float[batch.crops().size() * 3 * HEIGHT * width];
		for (int i = 0; i < batch.crops().size(); i++) {
			Tensors.fittedLine(batch.crops().get(i), HEIGHT, width, data, i * 3 * HEIGHT * width);
		}
		return new NDList(ctx.getNDManager().create(data, new Shape(batch.crops().size(), 3, HEIGHT, width)));
	}

	@Override
	public List<Recognition> processOutput(TranslatorContext ctx, NDList list) {
		NDArray output = list.singletonOrThrow();
		long[] shape = output.getShape().getShape();
		int batch = (int) shape[0];
		int steps = (int) shape[1];
		int classes = (int) shape[2];
		if (classes != dictionary.size()) {
			// a recogniser trained on another character list would decode to the wrong characters
			throw new OcrModelException("the recognition model outputs " + classes + " classes but the dictionary has "
					+ dictionary.size() + " (blank + lines + space): put the model's own dictionary (ppocr_keys_v1.txt) "
					+ "next to it in invoice-ocr.ocr.model-dir");
		}
		float[] probabilities = output.toFloatArray();
		List<Recognition> results = new ArrayList<>(batch);
		for (int b = 0; b < batch; b++) {
			results.add(decode(probabilities, b * steps * classes, steps, classes));
		}
		return results;
	}

	/**
	 * CTC greedy decoding: best allowed class per step, repeats merged, blanks (class 0) dropped;
	 * each character keeps the step that emitted it.
	 */
	private Recognition decode(float[] probabilities, int offset, int steps, int classes) {
		int space = dictionary.spaceIndex();
		StringBuilder text = new StringBuilder();
		float[] positions = new float[steps * 3];
		double scoreSum = 0;
		int kept = 0;
		int previous = -1;
		float gapSpace = 0;
		for (int t = 0; t < steps; t++) {
			int base = offset + t * classes;
			int best = 0;
			float bestProbability = probabilities[base];
			for (int c = 1; c < classes; c++) {
				float p = probabilities[base + c];
				// the class count was checked against the dictionary: allowed covers every class
				if (p > bestProbability && allowed[c]) {
					best = c;
					bestProbability = p;
				}
			}
			gapSpace = Math.max(gapSpace, probabilities[base + space]);
			if (best != 0 && best != previous) {
				boolean restoreSpace = spaceThreshold > 0 && best != space && gapSpace >= spaceThreshold
						&& text.length() > 0 && text.charAt(text.length() - 1) != ' ';
				float at = (t + 0.5f) / steps;
				if (restoreSpace) {
					positions[text.length()] = at;
					text.append(' ');
				}
				String character = dictionary.character(best);
				for (int k = 0; k < character.length(); k++) {
					positions[text.length()] = at;
					text.append(character.charAt(k));
				}
				scoreSum += bestProbability;
				kept++;
				gapSpace = 0;
			}
			previous = best;
		}
		return new Recognition(text.toString(), kept == 0 ? 0f : (float) (scoreSum / kept),
				java.util.Arrays.copyOf(positions, text.length()));
	}

}
