package io.invoiceocr.ocr.decode;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;

/**
 * The size a PDF image declares, read from its dictionary without decoding any of its data: the
 * data of a decompression bomb is a few kilobytes that would expand to gigabytes.
 *
 * @param what what the image is, for messages ("an image", "an inline image", "an image's soft mask")
 */
record ImageDimensions(String what, long width, long height) {

	/** Inline images may use the abbreviated keys (W, H) or the full ones. */
	static ImageDimensions ofInlineImage(COSDictionary parameters) {
		if (parameters == null) {
			return new ImageDimensions("an inline image", 0, 0);
		}
		return new ImageDimensions("an inline image", size(parameters, COSName.W, COSName.WIDTH),
				size(parameters, COSName.H, COSName.HEIGHT));
	}

	/** The image and its soft mask and stencil mask, each of which PDFBox decodes at its own size. */
	static List<ImageDimensions> ofImageXObject(COSDictionary image) {
		List<ImageDimensions> dimensions = new ArrayList<>(3);
		dimensions.add(new ImageDimensions("an image", size(image, COSName.WIDTH, COSName.WIDTH),
				size(image, COSName.HEIGHT, COSName.HEIGHT)));
		addMask(dimensions, "an image's soft mask", image.getDictionaryObject(COSName.SMASK));
		addMask(dimensions, "an image's mask", image.getDictionaryObject(COSName.MASK));
		return dimensions;
	}

	private static void addMask(List<ImageDimensions> dimensions, String what, COSBase mask) {
		if (mask instanceof COSObject indirect) {
			mask = indirect.getObject();
		}
		// a /Mask array is a colour-key mask: no raster of its own
		if (mask instanceof COSStream stream) {
			dimensions.add(new ImageDimensions(what, size(stream, COSName.WIDTH, COSName.WIDTH),
					size(stream, COSName.HEIGHT, COSName.HEIGHT)));
		}
	}

	private static long size(COSDictionary dictionary, COSName shortKey, COSName longKey) {
		return Math.max(0, dictionary.getInt(shortKey, longKey, 0));
	}

}
