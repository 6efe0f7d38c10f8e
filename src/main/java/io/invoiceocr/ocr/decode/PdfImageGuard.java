package io.invoiceocr.ocr.decode;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

/**
 * Refuses a PDF page that embeds an image larger than a page may be, before the page is rendered.
 * A small page can carry a decompression bomb: a few kilobytes of Flate data declaring a
 * 100000 x 100000 image, which PDFBox would allocate in full while drawing it. Only the image
 * dictionaries are read, never their data.
 */
final class PdfImageGuard {

	/** Forms nested deeper than this are not a layout anyone draws; stop rather than recurse forever. */
	private static final int MAX_FORM_DEPTH = 16;

	private PdfImageGuard() {
	}

	static void check(PDPage page, int pageNumber, DecodeLimits limits) throws DocumentDecodeException {
		Set<COSBase> visited = Collections.newSetFromMap(new IdentityHashMap<>());
		// getResources() includes resources inherited from the page tree, as the renderer sees them.
		PDResources resources = page.getResources();
		check(resources == null ? null : resources.getCOSObject(), pageNumber, limits, visited, 0);
	}

	private static void check(COSDictionary resources, int pageNumber, DecodeLimits limits, Set<COSBase> visited,
			int depth) throws DocumentDecodeException {
		if (resources == null || depth > MAX_FORM_DEPTH || !visited.add(resources)) {
			return;
		}
		COSDictionary xObjects = resources.getCOSDictionary(COSName.XOBJECT);
		if (xObjects == null) {
			return;
		}
		for (COSName name : xObjects.keySet()) {
			COSBase value = xObjects.getDictionaryObject(name);
			if (value instanceof COSObject indirect) {
				value = indirect.getObject();
			}
			if (!(value instanceof COSDictionary xObject) || !visited.add(xObject)) {
				continue;
			}
			if (COSName.IMAGE.equals(xObject.getCOSName(COSName.SUBTYPE))) {
				long width = Math.max(0, xObject.getInt(COSName.WIDTH, 0));
				long height = Math.max(0, xObject.getInt(COSName.HEIGHT, 0));
				limits.checkPixels(pageNumber, width, height, "embeds an image of", "");
			}
			else if (COSName.FORM.equals(xObject.getCOSName(COSName.SUBTYPE))) {
				check(xObject.getCOSDictionary(COSName.RESOURCES), pageNumber, limits, visited, depth + 1);
			}
		}
	}

}
