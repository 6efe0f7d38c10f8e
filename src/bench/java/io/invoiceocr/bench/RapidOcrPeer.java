package io.invoiceocr.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.benjaminwan.ocrlibrary.OcrResult;
import com.benjaminwan.ocrlibrary.TextBlock;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;
import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;

/**
 * RapidOCR-Java (PP-OCRv4 on its own ONNX Runtime build), the same models as ours behind another
 * pipeline. Its lines come out in detector order, so they are put through the scoring reading order.
 */
final class RapidOcrPeer implements DocumentReader {

	private final InferenceEngine engine;

	private final ParamConfig config;

	RapidOcrPeer(int threads) {
		// One engine per JVM: getInstance keeps the first instance whatever is passed later.
		this.engine = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(threads, -1));
		this.config = ParamConfig.getDefaultConfig();
		// Its default 0 means full resolution: slower on receipts and no more accurate than 960.
		this.config.setMaxSideLen(960);
	}

	@Override
	public String name() {
		return "rapidocr";
	}

	@Override
	public Reading read(Path document) {
		OcrResult result = engine.runOcr(document.toAbsolutePath().toString(), config);
		return Reading.ofOcrPage(ReadingOrder.text(lines(result.getTextBlocks())));
	}

	static List<TextLine> lines(List<TextBlock> blocks) {
		List<TextLine> lines = new ArrayList<>(blocks.size());
		for (TextBlock block : blocks) {
			List<com.benjaminwan.ocrlibrary.Point> points = block.getBoxPoint();
			if (points == null || points.size() < 4) {
				continue;
			}
			Quad box = new Quad(point(points.get(0)), point(points.get(1)), point(points.get(2)), point(points.get(3)));
			lines.add(new TextLine(block.getText() == null ? "" : block.getText(), confidence(block), box, 1,
					lines.size()));
		}
		return lines;
	}

	/** Mean character probability, as our engine reports; the box score where there are no characters. */
	private static double confidence(TextBlock block) {
		float[] scores = block.getCharScores();
		if (scores == null || scores.length == 0) {
			return block.getBoxScore();
		}
		double sum = 0;
		for (float score : scores) {
			sum += score;
		}
		return sum / scores.length;
	}

	private static Point point(com.benjaminwan.ocrlibrary.Point point) {
		return new Point(point.getX(), point.getY());
	}

}
