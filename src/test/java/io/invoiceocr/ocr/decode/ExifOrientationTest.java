package io.invoiceocr.ocr.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Photographed invoices come out upright whatever way the phone stored them. */
class ExifOrientationTest {

	private static final int MARKER = 0xFF0000;

	@TempDir
	Path dir;

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "LITTLE_ENDIAN", "BIG_ENDIAN" })
	void turnsAJpegTaggedWithOrientation6NinetyDegreesClockwise(String byteOrder) throws Exception {
		// given: stored 40 wide and 20 high, red block in the top-left corner, tagged "rotate 90 clockwise"
		ByteOrder order = "LITTLE_ENDIAN".equals(byteOrder) ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN;
		byte[] stored = TestDocuments.jpegBytes(TestDocuments.markedImage(40, 20, BufferedImage.TYPE_INT_RGB));
		Path file = Files.write(dir.resolve("photo.jpg"), TestDocuments.withExifOrientation(stored, 6, order));

		// when
		ImagePage page;
		try (DecodedDocument document = new DocumentDecoder(DecodeLimits.defaults()).open(file)) {
			page = (ImagePage) document.page(1);
		}

		// then: 20 wide and 40 high, and the stored top-left corner is now the top-right one
		assertThat(page.exifRotation()).isEqualTo(90);
		BufferedImage image = page.image();
		assertThat(image.getWidth()).isEqualTo(20);
		assertThat(image.getHeight()).isEqualTo(40);
		assertThat(Colors.isRed(image.getRGB(17, 3))).as("top-right is red").isTrue();
		assertThat(Colors.isWhite(image.getRGB(2, 3))).as("top-left is white").isTrue();
		assertThat(Colors.isWhite(image.getRGB(17, 36))).as("bottom-right is white").isTrue();
	}

	@Test
	void leavesAJpegWithoutExifAsStored() throws Exception {
		// given
		byte[] stored = TestDocuments.jpegBytes(TestDocuments.markedImage(40, 20, BufferedImage.TYPE_INT_RGB));
		Path file = Files.write(dir.resolve("photo.jpg"), stored);

		// when
		ExifOrientation orientation = JpegExifReader.orientation(file);

		// then
		assertThat(orientation).isEqualTo(ExifOrientation.NORMAL);
	}

	@Test
	void treatsADamagedExifBlockAsNoOrientation() throws Exception {
		// given: the directory offset points far outside the segment
		byte[] stored = TestDocuments.jpegBytes(TestDocuments.markedImage(40, 20, BufferedImage.TYPE_INT_RGB));
		byte[] tagged = TestDocuments.withExifOrientation(stored, 6, ByteOrder.BIG_ENDIAN);
		int tiffStart = indexOf(tagged, "Exif\0\0MM".getBytes(StandardCharsets.US_ASCII)) + 6;
		tagged[tiffStart + 4] = 0x7F;
		Path file = Files.write(dir.resolve("photo.jpg"), tagged);

		// when
		ImagePage page;
		try (DecodedDocument document = new DocumentDecoder(DecodeLimits.defaults()).open(file)) {
			page = (ImagePage) document.page(1);
		}

		// then
		assertThat(page.exifRotation()).isZero();
		assertThat(page.image().getWidth()).isEqualTo(40);
	}

	/**
	 * A 3 x 2 image with one marked pixel at the stored top-left: where the marker lands, and the
	 * upright size, for each of the eight orientations.
	 */
	@ParameterizedTest(name = "orientation {0}")
	@CsvSource({
			// tag, width, height, marker x, marker y, rotation
			"1, 3, 2, 0, 0,   0",
			"2, 3, 2, 2, 0,   0",
			"3, 3, 2, 2, 1, 180",
			"4, 3, 2, 0, 1, 180",
			"5, 2, 3, 0, 0, 270",
			"6, 2, 3, 1, 0,  90",
			"7, 2, 3, 1, 2,  90",
			"8, 2, 3, 0, 2, 270" })
	void turnsEachOrientationUpright(int tag, int width, int height, int markerX, int markerY, int rotation) {
		// given
		BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
		stored.setRGB(0, 0, MARKER);
		ExifOrientation orientation = ExifOrientation.of(tag);

		// when
		BufferedImage upright = orientation.upright(stored);

		// then
		assertThat(orientation.clockwiseDegrees()).isEqualTo(rotation);
		assertThat(upright.getWidth()).isEqualTo(width);
		assertThat(upright.getHeight()).isEqualTo(height);
		for (int y = 0; y < height; y++) {
			for (int x = 0; x < width; x++) {
				boolean isMarker = x == markerX && y == markerY;
				assertThat(upright.getRGB(x, y) & 0xFFFFFF).as("pixel %d,%d", x, y).isEqualTo(isMarker ? MARKER : 0);
			}
		}
	}

	@Test
	void readsNothingSensibleAsUpright() {
		// given / when / then: 0 and 9 occur in files from broken camera firmware
		assertThat(ExifOrientation.of(0)).isEqualTo(ExifOrientation.NORMAL);
		assertThat(ExifOrientation.of(9)).isEqualTo(ExifOrientation.NORMAL);
	}

	private static int indexOf(byte[] bytes, byte[] needle) {
		return DocumentType.indexOf(bytes, needle, bytes.length);
	}

}
