package io.invoiceocr.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;

/** PDF documents whose bytes are the same every time: fixed metadata, dates and id. */
final class PdfDocuments {

	private PdfDocuments() {
	}

	/** A new document with fixed metadata and id, so that saving it twice gives the same bytes. */
	static PDDocument newDocument(Invoice inv, String title) {
		PDDocument doc = new PDDocument();
		PDDocumentInformation info = doc.getDocumentInformation();
		info.setTitle(title);
		info.setAuthor(inv.vendor().name());
		info.setSubject("Sample invoice for OCR and extraction tests");
		info.setCreator("io.invoiceocr.samples.SampleInvoiceGenerator");
		info.setProducer("Apache PDFBox");
		Calendar created = fixedCalendar(inv.date());
		info.setCreationDate(created);
		info.setModificationDate(created);
		// Without an explicit /ID the writer derives one from the current time.
		byte[] id = md5(inv.fileName());
		COSArray ids = new COSArray();
		ids.add(new COSString(id));
		ids.add(new COSString(id));
		doc.getDocument().getTrailer().setItem(COSName.ID, ids);
		return doc;
	}

	private static Calendar fixedCalendar(LocalDate date) {
		Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
		calendar.setTimeInMillis(date.atTime(9, 0).toInstant(ZoneOffset.UTC).toEpochMilli());
		return calendar;
	}

	private static byte[] md5(String text) {
		try {
			return MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static byte[] save(PDDocument doc) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		doc.save(bytes);
		return bytes.toByteArray();
	}

}
