package io.invoiceocr.ocr.ppocr;

import java.util.List;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/**
 * The 0/180 degree text-line classifier: a batch of crops resized to height 48 (width by aspect,
 * at most 192, zero padded) in, for each crop whether it is upside down (label "180" with a score
 * above the threshold) out.
 */
final class AngleTranslator implements NoBatchifyTranslator<List<RgbImage>, boolean[]> {

	static final int HEIGHT = 48;

	static final int WIDTH = 192;

	private final float threshold;

	AngleTranslator(float threshold) {
		this.threshold = threshold;
	}

	@Override
	public NDList processInput(TranslatorContext ctx, List<RgbImage> crops) {
		float[] data = new float[crops.size() * 3 * HEIGHT * WIDTH];
		for (int i = 0; i < crops.size(); i++) {
			Tensors.fittedLine(crops.get(i), HEIGHT, WIDTH, data, i * 3 * HEIGHT * WIDTH);
		}
		return new NDList(ctx.getNDManager().create(data, new Shape(crops.size(), 3, HEIGHT, WIDTH)));
	}

	@Override
	public boolean[] processOutput(TranslatorContext ctx, NDList list) {
		float[] scores = list.singletonOrThrow().toFloatArray();
		boolean[] upsideDown = new boolean[scores.length / 2];
		for (int i = 0; i < upsideDown.length; i++) {
			upsideDown[i] = scores[2 * i + 1] > scores[2 * i] && scores[2 * i + 1] > threshold;
		}
		return upsideDown;
	}

}
