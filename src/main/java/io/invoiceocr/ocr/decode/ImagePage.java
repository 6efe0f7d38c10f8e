package io.invoiceocr.ocr.decode;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * A page as pixels, upright, ready for OCR: a rendered PDF page, an image file, or one frame of a
 * multi-page TIFF.
 *
 * @param number       page number, from 1
 * @param image        {@link BufferedImage#TYPE_3BYTE_BGR} or {@link BufferedImage#TYPE_INT_RGB}, the two
 *                     layouts the OCR preprocessing reads without conversion
 * @param exifRotation degrees clockwise the stored image was turned to honour its EXIF orientation
 *                     (0, 90, 180 or 270); a mirrored orientation was also flipped
 */
public record ImagePage(int number, BufferedImage image, int exifRotation) implements DecodedPage {

	public ImagePage {
		if (number < 1) {
			throw new IllegalArgumentException("page numbers start at 1, was " + number);
		}
		Objects.requireNonNull(image, "image");
		if (image.getType() != BufferedImage.TYPE_3BYTE_BGR && image.getType() != BufferedImage.TYPE_INT_RGB) {
			throw new IllegalArgumentException("page images are TYPE_3BYTE_BGR or TYPE_INT_RGB, was type " + image.getType());
		}
		if (exifRotation % 90 != 0 || exifRotation < 0 || exifRotation >= 360) {
			throw new IllegalArgumentException("rotation must be 0, 90, 180 or 270, was " + exifRotation);
		}
	}

}
