package io.invoiceocr.ocr.ppocr;

import java.util.List;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;
import io.invoiceocr.ocr.Quad;

/**
 * Pre- and post-processing of the DB text detector: resize so that the longer side is at most the
 * request's limit with both sides multiples of 32, normalise, and turn the probability map into
 * boxes in the input image's coordinates.
 */
final class DetectionTranslator implements NoBatchifyTranslator<DetectionTranslator.Request, List<Quad>> {

	private static final String INPUT = "input";

	/** A page and the longest side the detector is to see it at. */
	record Request(RgbImage image, int limitSide) {
	}

	private final DbPostProcessor postProcessor;

	DetectionTranslator(DbPostProcessor postProcessor) {
		this.postProcessor = postProcessor;
	}

	@Override
	public NDList processInput(TranslatorContext ctx, Request request) {
		RgbImage image = request.image();
		int[] size = inputSize(image.width(), image.height(), request.limitSide());
		RgbImage resized = image.resize(size[0], size[1]);
		float[] data = new float[3 * size[0] * size[1]];
		Tensors.detection(resized, data);
		ctx.setAttachment(INPUT, image);
		return new NDList(ctx.getNDManager().create(data, new Shape(1, 3, size[1], size[0])));
	}

	@Override
	public List<Quad> processOutput(TranslatorContext ctx, NDList list) {
		RgbImage image = (RgbImage) ctx.getAttachment(INPUT);
		NDArray map = list.singletonOrThrow();
		long[] shape = map.getShape().getShape();
		int mapHeight = (int) shape[shape.length - 2];
		int mapWidth = (int) shape[shape.length - 1];
		return postProcessor.boxes(map.toFloatArray(), mapWidth, mapHeight, image.width(), image.height());
	}

	/** PaddleOCR's DetResizeForTest with limit type "max". */
	static int[] inputSize(int width, int height, int limitSide) {
		float ratio = Math.max(width, height) > limitSide ? (float) limitSide / Math.max(width, height) : 1f;
		// Math.rint rounds halves to even, as Python's round() does in PaddleOCR
		int resizedWidth = Math.max((int) Math.rint((int) (width * ratio) / 32.0) * 32, 32);
		int resizedHeight = Math.max((int) Math.rint((int) (height * ratio) / 32.0) * 32, 32);
		return new int[] { resizedWidth, resizedHeight };
	}

}
