package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.zip.InflaterInputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * A file embedded in a PDF, not yet read.
 *
 * @param name the attachment's file name as the PDF gives it
 * @param file the embedded stream
 */
record PdfAttachment(String name, PDEmbeddedFile file) {

	/** The name in lower case, for comparing with the names the e-invoice standards prescribe. */
	String normalizedName() {
		return name.toLowerCase(Locale.ROOT);
	}

	/** The size the PDF declares for the file ({@code /Params /Size}), or -1 when it declares none. */
	long declaredSize() {
		return file.getSize();
	}

	/**
	 * The file's content, decoded, to be read only as far as the caller needs.
	 * <p>
	 * PDFBox decodes a whole stream into memory before it hands out the first byte, so a few
	 * kilobytes of deflated zeros could fill the heap however early the caller stops reading. Flate,
	 * the compression every e-invoice writer uses, is therefore inflated here, as the caller reads.
	 * Streams with other filters are rare for attachments and left to PDFBox.
	 */
	InputStream open() throws IOException {
		COSStream stream = file.getCOSObject();
		List<COSName> filters = file.getFilters();
		if (filters.isEmpty()) {
			return stream.createRawInputStream();
		}
		boolean plainFlate = filters.size() == 1 && COSName.FLATE_DECODE.equals(filters.get(0))
				&& stream.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP) == null;
		return plainFlate ? new InflaterInputStream(stream.createRawInputStream()) : stream.createInputStream();
	}

}
