package io.invoiceocr.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrEngines;
import io.invoiceocr.support.Datasets;

/**
 * Reads the same pages over and over in one JVM and prints the process's resident memory (RSS,
 * from /proc/self/status) after warm-up and as it goes, to show that native memory is released per
 * call. Arguments: {@code IMAGE_DIR [pages=1000] [engine=OnnxRuntime]}.
 */
public final class OcrMemoryBenchmark {

	public static void main(String[] args) throws Exception {
		Path folder = args.length > 0 ? Path.of(args[0]) : Datasets.named("sroie").resolve("images");
		int pages = args.length > 1 ? Integer.parseInt(args[1].replace("pages=", "")) : 1000;
		String engineName = args.length > 2 ? args[2].replace("engine=", "") : "OnnxRuntime";
		List<BufferedImage> images = load(folder, 20);
		try (OcrEngine engine = OcrEngines.create(engineName)) {
			for (BufferedImage image : images) {
				engine.readImage(image, 1); // warm-up: every shape once
			}
			System.gc();
			long warm = rssKb();
			long peak = warm;
			long started = System.nanoTime();
			System.out.printf(Locale.ROOT, "after warm-up on %d images: RSS %d MB%n", images.size(), warm / 1024);
			for (int page = 1; page <= pages; page++) {
				engine.readImage(images.get(page % images.size()), 1);
				if (page % 100 == 0) {
					long rss = rssKb();
					peak = Math.max(peak, rss);
					System.out.printf(Locale.ROOT, "page %4d: RSS %d MB (%+d MB since warm-up), %.1f pages/s%n", page,
							rss / 1024, (rss - warm) / 1024, page / ((System.nanoTime() - started) / 1e9));
				}
			}
			System.gc();
			long end = rssKb();
			System.out.printf(Locale.ROOT,
					"%d pages: RSS after warm-up %d MB, at the end %d MB, growth %+d MB, peak %d MB%n", pages,
					warm / 1024, end / 1024, (end - warm) / 1024, peak / 1024);
		}
	}

	private static List<BufferedImage> load(Path folder, int count) throws IOException {
		List<BufferedImage> images = new ArrayList<>();
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".jpg")).sorted().limit(count).toList()) {
				images.add(ImageIO.read(file.toFile()));
			}
		}
		if (images.isEmpty()) {
			throw new IllegalArgumentException("no .jpg images in " + folder);
		}
		return images;
	}

	private static long rssKb() throws IOException {
		for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
			if (line.startsWith("VmRSS:")) {
				return Long.parseLong(line.replaceAll("[^0-9]", ""));
			}
		}
		throw new IllegalStateException("no VmRSS in /proc/self/status");
	}

}
