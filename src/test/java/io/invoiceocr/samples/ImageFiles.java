package io.invoiceocr.samples;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** PNG and JPEG files that record their resolution, since OCR engines use it to guess the text size. */
final class ImageFiles {

	private ImageFiles() {
	}

	static byte[] encodePng(BufferedImage image, double dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(0f); // 0 selects the strongest deflate level
		IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		// The native tree, because the JDK turns the standard HorizontalPixelSize into a wrong pHYs value.
		String format = "javax_imageio_png_1.0";
		IIOMetadataNode physical = new IIOMetadataNode("pHYs");
		String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
		physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
		physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
		physical.setAttribute("unitSpecifier", "meter");
		IIOMetadataNode root = new IIOMetadataNode(format);
		root.appendChild(physical);
		metadata.mergeTree(format, root);
		return encode(writer, image, param, metadata);
	}

	static byte[] encodeJpeg(BufferedImage image, float quality, int dpi) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
		// The native tree, because the JDK reads only an aspect ratio from the standard pixel sizes.
		String format = "javax_imageio_jpeg_image_1.0";
		IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
		IIOMetadataNode jfif = (IIOMetadataNode) root.getElementsByTagName("app0JFIF").item(0);
		jfif.setAttribute("resUnits", "1"); // dots per inch
		jfif.setAttribute("Xdensity", Integer.toString(dpi));
		jfif.setAttribute("Ydensity", Integer.toString(dpi));
		metadata.setFromTree(format, root);
		return encode(writer, image, param, metadata);
	}

	/** Writes with the resolution recorded in the file, since OCR engines use it to guess the text size. */
	private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param,
			IIOMetadata metadata) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
