package io.invoiceocr.ocr.ppocr;

import io.invoiceocr.ocr.OcrUnavailableException;

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

	private volatile boolean closed;

	PredictorPool(ZooModel<I, O> model, int size) {
		this.model = model;
		this.idle = new ArrayBlockingQueue<>(size);
		try {
			for (int i = 0; i < size; i++) {
				Predictor<I, O> predictor = model.newPredictor();
				all.add(predictor);
				idle.add(predictor);
			}
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	O predict(I input) {
		if (closed) {
			throw new OcrUnavailableException("the OCR engine is closed");
		}
		Predictor<I, O> predictor;
		try {
			predictor = idle.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OcrUnavailableException("interrupted while waiting for a predictor", ex);
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

	/**
	 * Waits (up to a minute) for the predictors in use to come back before freeing them: freeing a
	 * native model while an inference runs on it would crash the JVM.
	 */
	@Override
	public void close() {
		closed = true;
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
		int returned = 0;
		try {
			while (returned < all.size() && System.nanoTime() < deadline) {
				if (idle.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS) != null) {
					returned++;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		all.forEach(Predictor::close);
		model.close();
	}

}
