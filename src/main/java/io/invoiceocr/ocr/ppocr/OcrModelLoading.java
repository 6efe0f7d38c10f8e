package io.invoiceocr.ocr.ppocr;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.Translator;
import io.invoiceocr.ocr.OcrProperties;

/**
 * Loads the OCR models and the recogniser's dictionary from their files, on the configured engine,
 * device and thread counts; a file that cannot be loaded is an {@link OcrModelException}.
 */
final class OcrModelLoading {

	private OcrModelLoading() {
	}

	/** Notes a model as loaded, so that {@link #closeLoaded} can free it if a later one fails. */
	static <T extends AutoCloseable> T keep(List<AutoCloseable> loaded, T resource) {
		loaded.add(resource);
		return resource;
	}

	/** A model that fails to load must not strand the ones loaded before it in native memory. */
	static void closeLoaded(List<AutoCloseable> loaded, RuntimeException failure) {
		for (AutoCloseable model : loaded) {
			try {
				model.close();
			}
			catch (Exception closing) {
				failure.addSuppressed(closing);
			}
		}
	}

	static CharacterDictionary dictionary(Path file) {
		try {
			return CharacterDictionary.load(file);
		}
		catch (IOException ex) {
			throw new OcrModelException("cannot read the OCR dictionary " + file, ex);
		}
	}

	@SuppressWarnings("unchecked")
	static <I, O> ZooModel<I, O> load(ModelFiles.Model model, OcrProperties settings,
			Translator<I, O> translator, Class<?> inputType) {
		Criteria.Builder<I, O> criteria = Criteria.builder()
			.setTypes((Class<I>) inputType, (Class<O>) Object.class)
			.optModelPath(model.folder())
			.optModelName(model.name())
			.optEngine(settings.engine())
			.optDevice("gpu".equals(settings.device()) ? Device.gpu() : Device.cpu())
			.optTranslator(translator);
		if (ModelFiles.ONNX.equals(settings.engine())) {
			criteria.optOption("intraOpNumThreads", Integer.toString(settings.intraOpThreads()))
				.optOption("interOpNumThreads", "1");
		}
		else {
			criteria.optOption("CMLNumThreads", Integer.toString(settings.intraOpThreads()));
		}
		try {
			return criteria.build().loadModel();
		}
		catch (ModelNotFoundException | MalformedModelException | IOException ex) {
			throw new OcrModelException("cannot load OCR model " + model.file() + " with " + settings.engine() + ": "
					+ ex.getMessage(), ex);
		}
	}

}
