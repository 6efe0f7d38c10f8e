package io.invoiceocr.console.document;

import java.time.Duration;

import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.ocr.decode.DocumentDecodeException;
import io.invoiceocr.process.UnprocessableDocumentException;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A page of a document as an image; 404 when the object or the page is gone or cannot be drawn. */
@RestController
@ConditionalOnWebApplication
class PageImageController {

	private final OcrDocumentRepository documents;

	private final PageImages images;

	PageImageController(OcrDocumentRepository documents, PageImages images) {
		this.documents = documents;
		this.images = images;
	}

	@GetMapping("/console/documents/{id}/pages/{page}.png")
	ResponseEntity<byte[]> page(@PathVariable String id, @PathVariable int page) throws Exception {
		OcrDocument document = documents.findById(id).orElse(null);
		if (document == null) {
			return ResponseEntity.notFound().build();
		}
		try {
			return ResponseEntity.ok()
				.contentType(MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePrivate())
				.body(images.png(document, page));
		}
		catch (UnprocessableDocumentException | DocumentDecodeException | IndexOutOfBoundsException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
				.body(String.valueOf(ex.getMessage()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}
