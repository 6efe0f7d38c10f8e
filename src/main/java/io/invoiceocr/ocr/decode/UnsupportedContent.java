package io.invoiceocr.ocr.decode;

import static io.invoiceocr.ocr.decode.DocumentType.indexOf;
import static io.invoiceocr.ocr.decode.DocumentType.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Says what a file this service cannot decode looks like, so the person reading the failure knows
 * what was uploaded ("a Word document") instead of being told only what it is not.
 */
final class UnsupportedContent {

	private UnsupportedContent() {
	}

	/** The message for a document of an unsupported type. */
	static String message(byte[] head) {
		return "the file is not a PDF or an image this service reads (JPEG, PNG, TIFF, BMP, GIF): it looks like "
				+ describe(head) + "; upload the invoice itself as PDF or as one of these images";
	}

	/** What the content looks like, as a noun phrase ("a ZIP archive"). */
	static String describe(byte[] head) {
		if (startsWith(head, 0, 'P', 'K', 3, 4) || startsWith(head, 0, 'P', 'K', 5, 6)) {
			return describeZip(head);
		}
		if (startsWith(head, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
			return "a legacy Microsoft Office file (DOC, XLS) or an Outlook message";
		}
		if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) {
			return "a WebP image";
		}
		if (startsWith(head, 4, 'f', 't', 'y', 'p')) {
			return describeIsoMedia(head);
		}
		if (startsWith(head, 0, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ') || startsWith(head, 0, 0xFF, 0x4F, 0xFF, 0x51)) {
			return "a JPEG 2000 image";
		}
		if (startsWith(head, 0, 'I', 'I', 43, 0) || startsWith(head, 0, 'M', 'M', 0, 43)) {
			return "a BigTIFF image";
		}
		if (startsWith(head, 0, 'A', 'T', '&', 'T', 'F', 'O', 'R', 'M')) {
			return "a DjVu document";
		}
		if (startsWith(head, 0, '8', 'B', 'P', 'S')) {
			return "a Photoshop image";
		}
		if (startsWith(head, 0, 0x1F, 0x8B)) {
			return "a gzip archive";
		}
		if (startsWith(head, 0, 'R', 'a', 'r', '!')) {
			return "a RAR archive";
		}
		if (startsWith(head, 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C)) {
			return "a 7-Zip archive";
		}
		if (startsWith(head, 0, 0x7F, 'E', 'L', 'F') || startsWith(head, 0, 'M', 'Z')) {
			return "an executable program";
		}
		if (isText(head)) {
			return describeText(head);
		}
		return "unrecognised binary data (first bytes " + hex(head) + ")";
	}

	private static String describeZip(byte[] head) {
		// Office Open XML and OpenDocument are ZIP archives; their first entries give them away.
		if (contains(head, "word/")) {
			return "a Word document (DOCX)";
		}
		if (contains(head, "xl/")) {
			return "an Excel workbook (XLSX)";
		}
		if (contains(head, "ppt/")) {
			return "a PowerPoint presentation (PPTX)";
		}
		if (contains(head, "[Content_Types].xml")) {
			return "an Office document (DOCX, XLSX or PPTX)";
		}
		if (contains(head, "application/vnd.oasis.opendocument")) {
			return "an OpenDocument file (ODT, ODS)";
		}
		return "a ZIP archive";
	}

	private static String describeIsoMedia(byte[] head) {
		String brand = new String(head, 8, Math.min(4, head.length - 8), StandardCharsets.US_ASCII);
		return switch (brand) {
			case "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" -> "a HEIC/HEIF image (as phones take photos)";
			case "avif", "avis" -> "an AVIF image";
			default -> "a video or audio file (MP4, MOV)";
		};
	}

	private static String describeText(byte[] head) {
		String text = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
		if (text.startsWith("<!doctype html") || text.startsWith("<html") || text.contains("<html")) {
			return "an HTML page";
		}
		if (text.startsWith("<svg") || text.startsWith("<?xml") && text.contains("<svg")) {
			return "an SVG image";
		}
		if (text.startsWith("<?xml")) {
			return "an XML document";
		}
		if (text.startsWith("{\\rtf")) {
			return "an RTF document";
		}
		if (text.startsWith("%!ps")) {
			return "a PostScript file";
		}
		if (text.startsWith("{") || text.startsWith("[")) {
			return "JSON or other text";
		}
		return "plain text";
	}

	/** Text if nearly every byte is printable ASCII, whitespace or part of a UTF-8 sequence. */
	private static boolean isText(byte[] head) {
		int control = 0;
		for (byte b : head) {
			int c = b & 0xFF;
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7F) {
				control++;
			}
		}
		return head.length > 0 && control * 100 <= head.length;
	}

	private static boolean contains(byte[] head, String text) {
		return indexOf(head, text.getBytes(StandardCharsets.US_ASCII), head.length) >= 0;
	}

	private static String hex(byte[] head) {
		byte[] first = Arrays.copyOf(head, Math.min(head.length, 8));
		return HexFormat.ofDelimiter(" ").withUpperCase().formatHex(first);
	}

}
