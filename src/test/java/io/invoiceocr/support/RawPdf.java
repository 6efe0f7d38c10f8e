package io.invoiceocr.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;

/**
 * A PDF written object by object, for files no PDF library would produce: page trees that loop,
 * images that declare sizes their data does not have, content streams of a million operators.
 * Objects are numbered from 1 in the order they are reserved.
 */
public final class RawPdf {

	private final List<byte[]> objects = new ArrayList<>();

	/** Reserves the next object number, for objects that refer to each other. */
	public int reserve() {
		objects.add(null);
		return objects.size();
	}

	/** Adds an object such as {@code << /Type /Page ... >>}; returns its number. */
	public int add(String body) {
		int number = reserve();
		set(number, body);
		return number;
	}

	public void set(int number, String body) {
		objects.set(number - 1, body.getBytes(StandardCharsets.ISO_8859_1));
	}

	/** Adds a stream; {@code dictionary} is the entries without Length (and without Filter when flated). */
	public int stream(String dictionary, byte[] data, boolean flate) {
		int number = reserve();
		setStream(number, dictionary, data, flate);
		return number;
	}

	public void setStream(int number, String dictionary, byte[] data, boolean flate) {
		byte[] stored = flate ? deflate(data) : data;
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(("<< " + dictionary + (flate ? " /Filter /FlateDecode" : "") + " /Length " + stored.length
				+ " >>\nstream\n").getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(stored);
		out.writeBytes("\nendstream".getBytes(StandardCharsets.ISO_8859_1));
		objects.set(number - 1, out.toByteArray());
	}

	/** The file, with {@code root} as its catalog. */
	public byte[] build(int root) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n".getBytes(StandardCharsets.ISO_8859_1));
		long[] offsets = new long[objects.size()];
		for (int i = 0; i < objects.size(); i++) {
			offsets[i] = out.size();
			out.writeBytes(((i + 1) + " 0 obj\n").getBytes(StandardCharsets.ISO_8859_1));
			out.writeBytes(objects.get(i));
			out.writeBytes("\nendobj\n".getBytes(StandardCharsets.ISO_8859_1));
		}
		long xref = out.size();
		StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
		for (long offset : offsets) {
			table.append("%010d 00000 n \n".formatted(offset));
		}
		table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root ").append(root)
			.append(" 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
		out.writeBytes(table.toString().getBytes(StandardCharsets.ISO_8859_1));
		return out.toByteArray();
	}

	/** A catalog and page tree holding one A4 page with this content and these resources; returns the file. */
	public static byte[] onePage(String resources, byte[] content) {
		return onePage(resources, content, "", "");
	}

	/**
	 * @param pageExtras more entries of the page dictionary (e.g. {@code /Annots [...]})
	 * @param catalogExtras more entries of the catalog (e.g. {@code /OpenAction ...})
	 */
	public static byte[] onePage(String resources, byte[] content, String pageExtras, String catalogExtras) {
		RawPdf pdf = new RawPdf();
		return pdf.withPage("[0 0 595 842]", resources, pdf.stream("", content, true), pageExtras, catalogExtras);
	}

	/** This file's objects, with one A4 page of this content, resources and page entries added; returns the file. */
	public byte[] withA4Page(String resources, byte[] content, String pageExtras) {
		return withPage("[0 0 595 842]", resources, stream("", content, true), pageExtras, "");
	}

	/**
	 * This file's objects, with a catalog and a page tree of one page added; returns the file.
	 * @param contents the number of the page's content stream
	 */
	public byte[] withPage(String mediaBox, String resources, int contents, String pageExtras, String catalogExtras) {
		int catalog = reserve();
		int pages = reserve();
		int page = add("<< /Type /Page /Parent " + pages + " 0 R /MediaBox " + mediaBox + " /Resources << " + resources
				+ " >> /Contents " + contents + " 0 R " + pageExtras + " >>");
		set(pages, "<< /Type /Pages /Kids [" + page + " 0 R] /Count 1 >>");
		set(catalog, "<< /Type /Catalog /Pages " + pages + " 0 R " + catalogExtras + " >>");
		return build(catalog);
	}

	public static byte[] deflate(byte[] data) {
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		deflater.setInput(data);
		deflater.finish();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[64 * 1024];
		while (!deflater.finished()) {
			out.write(buffer, 0, deflater.deflate(buffer));
		}
		deflater.end();
		return out.toByteArray();
	}

	public static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.ISO_8859_1);
	}

}
