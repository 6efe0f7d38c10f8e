package io.invoiceocr.console.documents;

import java.util.List;

import io.invoiceocr.console.ConsoleProperties;
import io.invoiceocr.console.Refusals;
import io.invoiceocr.document.OcrStatus;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The document list with its filter, the failure reasons, and re-runs of FAILED documents. */
@Controller
@ConditionalOnWebApplication
class DocumentsController {

	private final DocumentList list;

	private final FailureReasons reasons;

	private final RerunLauncher rerun;

	private final ConsoleProperties properties;

	DocumentsController(DocumentList list, FailureReasons reasons, RerunLauncher rerun, ConsoleProperties properties) {
		this.list = list;
		this.reasons = reasons;
		this.rerun = rerun;
		this.properties = properties;
	}

	@GetMapping("/console/documents")
	String documents(@RequestParam(required = false) String status, @RequestParam(required = false) String error,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String prefix, @RequestParam(required = false) String after, Model model) {
		DocumentFilter filter;
		try {
			filter = DocumentFilter.of(status, error, from, to, prefix, after);
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", ex.getMessage());
			filter = DocumentFilter.of(null, null, null, null, null, null);
		}
		DocumentList.Page page = list.page(filter, properties.pageSize());
		long count = list.count(filter);
		model.addAttribute("filter", filter);
		model.addAttribute("statuses", OcrStatus.values());
		model.addAttribute("rows", page.rows());
		model.addAttribute("nextUrl", page.next() == null ? null : filter.after(page.next()).url());
		model.addAttribute("firstUrl", filter.after() == null ? null : filter.firstPage().url());
		model.addAttribute("count", count > DocumentList.COUNT_CAP ? "more than " + DocumentList.COUNT_CAP : String.valueOf(count));
		model.addAttribute("reasons", reasons.top(10));
		return "console/documents";
	}

	@PostMapping("/console/documents/rerun")
	String rerun(@RequestParam(defaultValue = "selected") String scope,
			@RequestParam(required = false) List<String> documentIds, @RequestParam(required = false) String error,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String prefix, RedirectAttributes redirect) throws Exception {
		try {
			JobExecution execution = "matching".equals(scope)
					? rerun.allMatching(DocumentFilter.of(null, error, from, to, prefix, null))
					: rerun.selected(documentIds);
			redirect.addFlashAttribute("flash", "Started rerunFailedJob #" + execution.getId() + " with "
					+ execution.getJobParameters().parameters().stream().map(p -> p.name() + "=" + p.value()).toList());
			return "redirect:/console/runs/" + execution.getId();
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("error", Refusals.describe(ex));
			return "redirect:/console/documents?status=FAILED";
		}
	}

}
