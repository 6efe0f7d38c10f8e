package io.invoiceocr.console.documents;

import io.invoiceocr.webhook.WebhookOutbox;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Dead webhook events and putting them back in the queue (the outbox's own re-queue, as
 * {@code deliverWebhooksJob requeueDead=true} does): one document's, or all.
 */
@Controller
@ConditionalOnWebApplication
class DeadEventsController {

	private final DeadEvents dead;

	private final WebhookOutbox outbox;

	DeadEventsController(DeadEvents dead, WebhookOutbox outbox) {
		this.dead = dead;
		this.outbox = outbox;
	}

	@GetMapping("/console/webhooks/dead")
	String dead(Model model) {
		model.addAttribute("events", dead.newest(200));
		return "console/dead-webhooks";
	}

	@PostMapping("/console/webhooks/dead/requeue")
	String requeue(@RequestParam(required = false) String documentId, RedirectAttributes redirect) {
		String only = documentId == null || documentId.isBlank() ? null : documentId;
		int requeued = outbox.requeueDead(only);
		redirect.addFlashAttribute("flash", requeued + " dead event(s) " + (only == null ? "" : "of " + only + " ")
				+ "back in the queue; they are delivered with the next due events");
		return "redirect:/console/webhooks/dead";
	}

}
