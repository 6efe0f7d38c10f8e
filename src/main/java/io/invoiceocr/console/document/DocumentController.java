package io.invoiceocr.console.document;

import java.util.List;

import io.invoiceocr.console.Times;
import io.invoiceocr.document.DocumentStatusService;
import io.invoiceocr.document.OcrDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.process.ResultJson;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import tools.jackson.databind.JsonNode;

/**
 * One document: its pages with the OCR lines' boxes and the fields' evidence drawn over them, the
 * fields with value, confidence, source and checks, the text, the audit trail and the webhooks.
 */
@Controller
@ConditionalOnWebApplication
class DocumentController {

	private final OcrDocumentRepository documents;

	private final StoredResult results;

	private final DocumentStatusService statuses;

	private final WebhookAttempts webhooks;

	private final ResultJson json;

	DocumentController(OcrDocumentRepository documents, StoredResult results, DocumentStatusService statuses,
			WebhookAttempts webhooks, ResultJson json) {
		this.documents = documents;
		this.results = results;
		this.statuses = statuses;
		this.webhooks = webhooks;
		this.json = json;
	}

	@GetMapping("/console/documents/{id}")
	String document(@PathVariable String id, Model model) {
		OcrDocument document = documents.findById(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no document " + id));
		StoredResult.Result result = results.of(id).orElseThrow();
		JsonNode invoice = json.parse(result.invoiceJson());
		List<FieldView.CheckView> checks = ExtractedFields.checks(invoice);
		List<FieldView> fields = ExtractedFields.of(invoice, checks);
		model.addAttribute("document", document);
		model.addAttribute("created", Times.format(document.createdAt()));
		model.addAttribute("updated", Times.format(document.updatedAt()));
		model.addAttribute("fields", fields);
		model.addAttribute("checks", checks);
		model.addAttribute("pages", PageViews.of(json.parse(result.metadataJson()), fields));
		model.addAttribute("text", result.text());
		model.addAttribute("history", statuses.history(id).stream().map(TransitionView::of).toList());
		model.addAttribute("webhooks", webhooks.of(id));
		return "console/document";
	}

}
