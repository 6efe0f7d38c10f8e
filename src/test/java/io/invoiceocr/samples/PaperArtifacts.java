package io.invoiceocr.samples;

import static io.invoiceocr.samples.RasterPage.graphics;
import static io.invoiceocr.samples.RasterPage.grayCanvas;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.awt.image.WritableRaster;
import java.util.Random;

/** What paper goes through on the way to a picture: a scanner's glass and lid, a thermal printer's dots. */
final class PaperArtifacts {

	private PaperArtifacts() {
	}

	/** Rotates around the centre like a sheet laid slightly askew on the glass; uncovered corners stay white. */
	static BufferedImage rotate(BufferedImage page, double radians) {
		BufferedImage out = grayCanvas(page.getWidth(), page.getHeight(), 255);
		Graphics2D g = graphics(out);
		g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		g.rotate(radians, page.getWidth() / 2.0, page.getHeight() / 2.0);
		g.drawImage(page, 0, 0, null);
		g.dispose();
		return out;
	}

	/**
	 * Adds what a flatbed scan shows: grain on the ink, a few dust specks and a shadow along the lid
	 * edge. The paper itself is clipped to white, as scanner software does, which also keeps the PNG
	 * small: noise over the whole page would not compress.
	 */
	static BufferedImage scanArtifacts(BufferedImage image, Random random) {
		WritableRaster r = image.getRaster();
		for (int y = 0; y < r.getHeight(); y++) {
			for (int x = 0; x < r.getWidth(); x++) {
				int v = r.getSample(x, y, 0);
				if (v < 235) {
					// Quantised grain: a handful of levels looks the same and deflates far better.
					v = (v + (int) (random.nextGaussian() * 10)) & ~0x7;
				}
				r.setSample(x, y, 0, v >= 228 ? 255 : clamp(v + 6));
			}
		}
		lidShadow(r);
		dust(r, random, 60);
		return image;
	}

	private static void lidShadow(WritableRaster r) {
		for (int y = 0; y < 14; y++) {
			int v = 150 + y * 7;
			for (int x = 0; x < r.getWidth(); x++) {
				r.setSample(x, y, 0, Math.min(r.getSample(x, y, 0), v));
			}
		}
	}

	private static void dust(WritableRaster r, Random random, int specks) {
		for (int i = 0; i < specks; i++) {
			int cx = 20 + random.nextInt(r.getWidth() - 40);
			int cy = 20 + random.nextInt(r.getHeight() - 40);
			int size = 1 + random.nextInt(2);
			for (int y = cy; y < cy + size; y++) {
				for (int x = cx; x < cx + size; x++) {
					r.setSample(x, y, 0, 90 + random.nextInt(60));
				}
			}
		}
	}

	/**
	 * Thermal paper is never white and fades unevenly: a grey cast, a gentle fade towards one side and
	 * fine grain. Here noise everywhere is fine because JPEG copes with it.
	 */
	static BufferedImage thermalArtifacts(BufferedImage image, Random random) {
		WritableRaster r = image.getRaster();
		int w = r.getWidth();
		int h = r.getHeight();
		for (int y = 0; y < h; y++) {
			for (int x = 0; x < w; x++) {
				int v = r.getSample(x, y, 0);
				double ink = (255 - v) / 255.0;
				double fade = 0.78 + 0.22 * (1 - (double) x / w) * (0.6 + 0.4 * Math.sin(y / 97.0));
				int paper = 236 - (int) (8.0 * y / h);
				int grey = (int) Math.round(paper - ink * (paper - 40) * fade + random.nextGaussian() * 3.5);
				r.setSample(x, y, 0, clamp(grey));
			}
		}
		return image;
	}

	/** Thermal print dots bleed a little; without this the glyph edges look rendered, not printed. */
	static BufferedImage soften(BufferedImage image) {
		float[] kernel = { 1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f };
		return new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
	}

	private static int clamp(int v) {
		return Math.max(0, Math.min(255, v));
	}

}
