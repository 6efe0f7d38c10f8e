package io.invoiceocr.console.overview;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.document.OcrStatus;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The console's first page: documents per status, the backlog, runs in progress, throughput charts. */
@Controller
@ConditionalOnWebApplication
class OverviewController {

	private final OcrDocumentRepository documents;

	private final BacklogReader backlog;

	private final RunsInProgress runs;

	private final Throughput throughput;

	OverviewController(OcrDocumentRepository documents, BacklogReader backlog, RunsInProgress runs,
			Throughput throughput) {
		this.documents = documents;
		this.backlog = backlog;
		this.runs = runs;
		this.throughput = throughput;
	}

	@GetMapping("/console")
	String overview(Model model) {
		Instant now = Instant.now();
		model.addAttribute("documents", countsPerStatus());
		model.addAttribute("backlog", backlog.read());
		model.addAttribute("runs", runs.now());
		model.addAttribute("charts", List.of(
				ThroughputChart.of("Documents per minute, last 3 hours", throughput.buckets(now, Duration.ofMinutes(1), 180)),
				ThroughputChart.of("Documents per hour, last 7 days", throughput.buckets(now, Duration.ofHours(1), 168))));
		return "console/overview";
	}

	/** What the overview page polls to move its counts and progress bars. */
	@GetMapping("/console/overview.json")
	@ResponseBody
	Map<String, Object> live() {
		Map<String, Object> live = new LinkedHashMap<>();
		live.put("documents", countsPerStatus());
		live.put("runs", runs.now());
		return live;
	}

	private Map<String, Long> countsPerStatus() {
		Map<OcrStatus, Long> counts = documents.countByStatus();
		Map<String, Long> all = new LinkedHashMap<>();
		for (OcrStatus status : OcrStatus.values()) {
			all.put(status.name(), counts.getOrDefault(status, 0L));
		}
		return all;
	}

}
