package io.invoiceocr.process;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.invoiceocr.document.DocumentResults;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.extract.Extraction;
import io.invoiceocr.extract.ExtractionException;
import io.invoiceocr.extract.ExtractionInput;
import io.invoiceocr.extract.InvoiceDataThreshold;
import io.invoiceocr.extract.InvoiceExtractor;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrResult;
import io.invoiceocr.ocr.OcrUnavailableException;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.ReadDeadline;
import io.invoiceocr.ocr.decode.DocumentDecodeException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.dao.DataAccessException;

import software.amazon.awssdk.core.exception.SdkException;
import tools.jackson.databind.node.ObjectNode;

/**
 * Takes one claimed document through the pipeline: fetch from S3, reuse of an earlier result for
 * the same content, decode and OCR, extraction and validation. Whatever is wrong with the document
 * itself (gone, too large, corrupt, no text or no invoice in it, too slow to read, a reader that
 * chokes on it or runs out of memory on it) becomes a FAILED result with the reason; a failure of the
 * infrastructure (S3, the database, the local disk, the OCR engine) is thrown, so that the run stops
 * and can be restarted.
 */
public class DocumentProcessor {

	private static final Logger log = LoggerFactory.getLogger(DocumentProcessor.class);

	/** The log field naming the document being processed. */
	public static final String DOCUMENT_ID = "documentId";

	private final ObjectFetcher fetcher;

	private final OcrEngine ocr;

	private final InvoiceExtractor extractor;

	private final DocumentResults results;

	private final ResultJson json;

	private final ProcessMetrics metrics;

	private final InvoiceDataThreshold threshold;

	private final boolean reuseResults;

	private final Duration documentTimeout;

	/**
	 * @param threshold       what a document must yield to count as an invoice
	 * @param documentTimeout how long one document may take to be read
	 */
	public DocumentProcessor(ObjectFetcher fetcher, OcrEngine ocr, InvoiceExtractor extractor, DocumentResults results,
			ResultJson json, ProcessMetrics metrics, InvoiceDataThreshold threshold, boolean reuseResults,
			Duration documentTimeout) {
		this.fetcher = fetcher;
		this.ocr = ocr;
		this.extractor = extractor;
		this.results = results;
		this.json = json;
		this.metrics = metrics;
		this.threshold = threshold;
		this.reuseResults = reuseResults;
		this.documentTimeout = documentTimeout;
	}

	public ProcessedDocument process(OcrDocument document) {
		// every log line of this document's processing carries its id (a field of the structured logs)
		try (MDC.MDCCloseable documentId = MDC.putCloseable(DOCUMENT_ID, document.id())) {
			return ReadDeadline.within(documentTimeout, ProcessProperties.DOCUMENT_TIMEOUT, () -> processLogged(document));
		}
	}

	private ProcessedDocument processLogged(OcrDocument document) {
		long start = System.nanoTime();
		Map<String, Long> timings = new LinkedHashMap<>();
		try (FetchedObject object = timed("fetch", timings, () -> fetcher.fetch(document))) {
			Optional<ProcessedDocument> reused = reuseResults ? reuse(document, object, start) : Optional.empty();
			if (reused.isPresent()) {
				return reused.get();
			}
			return read(document, object, timings, start);
		}
		catch (UnprocessableDocumentException | ReadDeadline.ReadTimeoutException ex) {
			return failed(document, null, null, null, ex.getMessage(), start);
		}
		catch (DataAccessException | SdkException | UncheckedIOException | OcrUnavailableException ex) {
			// the database, S3, the local disk or the OCR engine: the run's problem, not this document's
			throw ex;
		}
		catch (RuntimeException ex) {
			// not the infrastructure: something in this document broke a reader or a model
			log.error("Document {} ({}) could not be processed", document.id(), document.objectUri(), ex);
			return failed(document, null, null, null, "processing failed unexpectedly: " + ex, start);
		}
		catch (OutOfMemoryError ex) {
			// One document's allocation failed: a raster, a stream or an image the decode limits did not
			// foresee. What it allocated is garbage the moment this frame unwinds, so the run goes on; the
			// other partitions' allocations during that moment may have failed too, and fail their own runs.
			log.error("Document {} ({}) ran the heap out while it was read", document.id(), document.objectUri(), ex);
			return failed(document, null, null, null, "reading it ran out of memory (" + heap()
					+ "): the file asks for more memory than it may have, as a decompression bomb or a huge image "
					+ "does; check the file, or lower invoice-ocr.ocr.decode.max-pixels-per-page or give the service more "
					+ "memory (-Xmx) and re-run it with rerunFailedJob", start);
		}
		catch (StackOverflowError ex) {
			// a structure nested without end (forms in forms, a cyclic outline): this thread's stack, nothing shared
			log.error("Document {} ({}) nests too deeply to be read", document.id(), document.objectUri(), ex);
			return failed(document, null, null, null, "its structure nests too deeply to be read (the reader's stack "
					+ "overflowed); the file is damaged or built to break readers: re-save it (print to PDF) and upload it "
					+ "again", start);
		}
	}

	private static String heap() {
		return "the heap is " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MiB";
	}

	private ProcessedDocument read(OcrDocument document, FetchedObject object, Map<String, Long> timings, long start) {
		OcrResult text;
		try {
			text = timed("ocr", timings, () -> ocr.read(object.file()));
		}
		catch (DocumentDecodeException ex) {
			return failed(document, object.sha256(), null, null, ex.getMessage(), start);
		}
		ObjectNode metadata = json.metadata(text, object);
		if (text.text() == null || text.text().isBlank()) {
			finishTimings(metadata, timings, start);
			return failed(document, object.sha256(), null, metadata, noText(text), start);
		}
		ReadDeadline.check();
		Extraction extraction;
		try {
			extraction = timed("extract", timings, () -> extractor.extract(new ExtractionInput(text, object.file())));
			threshold.check(extraction.invoice());
		}
		catch (ExtractionException ex) {
			finishTimings(metadata, timings, start);
			return failed(document, object.sha256(), text.text(), metadata, "no invoice data: " + ex.getMessage(), start);
		}
		json.addExtraction(metadata, extraction);
		finishTimings(metadata, timings, start);
		ObjectNode invoice = json.invoice(extraction);
		return new ProcessedDocument(document, new DocumentResults.Result(document.id(), OcrStatus.COMPLETED,
				object.sha256(), text.text(), json.write(metadata), json.write(invoice), null), metadata, invoice,
				elapsedMs(start));
	}

	/** Why a document without text has none, from how its pages were read. */
	private static String noText(OcrResult text) {
		int pages = text.pages().size();
		long blank = text.pages().stream().map(PageResult::path).filter(PagePath.BLANK::equals).count();
		if (blank == pages) {
			return "no text found: " + (pages == 1 ? "its page is blank" : "all " + pages + " pages are blank")
					+ " (nothing but background); check that the right file or side of the paper was scanned";
		}
		long ocr = text.pages().stream().map(PageResult::path).filter(PagePath.OCR::equals).count();
		String read = ocr + blank == pages
				? (pages == 1 ? "its page was read by OCR" : "all " + pages + " pages were read by OCR")
				: ocr + blank == 0 ? "its text layer holds no text"
						: (ocr + blank) + " of " + pages + " pages were read by OCR";
		return "no text found: " + read + " and no text was found (a blank page, a photo without legible text, or "
				+ "text too small or faint to read); scan it again at 300 dpi or upload the original PDF";
	}

	private Optional<ProcessedDocument> reuse(OcrDocument document, FetchedObject object, long start) {
		return results.completedWithContent(object.sha256(), document.id()).map(earlier -> {
			ObjectNode metadata = (ObjectNode) json.parse(earlier.metadataJson());
			metadata.put("reusedFrom", earlier.documentId());
			metrics.reused();
			return new ProcessedDocument(document, new DocumentResults.Result(document.id(), OcrStatus.COMPLETED,
					object.sha256(), earlier.text(), json.write(metadata), earlier.invoiceJson(), null), metadata,
					json.parse(earlier.invoiceJson()), elapsedMs(start));
		});
	}

	/** A FAILED result, with what was read of the document when something was (text, metadata). */
	private ProcessedDocument failed(OcrDocument document, String sha256, String text, ObjectNode metadata,
			String reason, long start) {
		return new ProcessedDocument(document, new DocumentResults.Result(document.id(), OcrStatus.FAILED, sha256, text,
				json.write(metadata), null, reason), metadata, null, elapsedMs(start));
	}

	private void finishTimings(ObjectNode metadata, Map<String, Long> timings, long start) {
		timings.put("total", elapsedMs(start));
		metadata.set("timingsMs", json.tree(timings));
	}

	private <T, E extends Exception> T timed(String stage, Map<String, Long> timings, Step<T, E> step) throws E {
		long begin = System.nanoTime();
		try {
			return step.run();
		}
		finally {
			long ms = (System.nanoTime() - begin) / 1_000_000;
			timings.put(stage, ms);
			metrics.stage(stage, ms);
		}
	}

	private static long elapsedMs(long start) {
		return (System.nanoTime() - start) / 1_000_000;
	}

	@FunctionalInterface
	private interface Step<T, E extends Exception> {

		T run() throws E;

	}

}
