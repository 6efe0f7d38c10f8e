package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;

/**
 * A fixed set of predictors of one model. A DJL predictor is not thread-safe; borrowing one per
 * call lets several threads read pages at once with a bounded amount of native memory.
 */
final class PredictorPool<I, O> implements AutoCloseable {

	private final ZooModel<I, O> model;

	private final BlockingQueue<Predictor<I, O>> idle;

	private final List<Predictor<I, O>> all = new ArrayList<>();

	PredictorPool(ZooModel<I, O> model, int size) {
		this.model = model;
		this.idle = new ArrayBlockingQueue<>(size);
		for (int i = 0; i < size; i++) {
			Predictor<I, O> predictor = model.newPredictor();
			all.add(predictor);
			idle.add(predictor);
		}
	}

	O predict(I input) {
		Predictor<I, O> predictor;
		try {
			predictor = idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for a predictor", ex);
		}
		try {
			return predictor.predict(input);
		}
		catch (TranslateException ex) {
			throw new IllegalStateException("inference failed: " + ex.getMessage(), ex);
		}
		finally {
			idle.add(predictor);
		}
	}

	@Override
	public void close() {
		all.forEach(Predictor::close);
		model.close();
	}

}
