package io.invoiceocr.launch.trigger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.invoiceocr.document.DocumentClaims;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.job.step.ClaimTasklet;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.launch.ShuttingDownException;
import io.invoiceocr.webhook.WebhookOutbox;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobRestartException;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The jobs over HTTP, behind the API token ({@code /api/*}): start a job with parameters, see an
 * execution with its steps and its documents per status, restart a failed one, stop a running one,
 * and the counts of the whole service.
 */
@RestController
@RequestMapping("/api")
@ConditionalOnWebApplication
class JobsController {

	private final JobLaunches launches;

	private final DocumentClaims claims;

	private final OcrDocumentRepository documents;

	private final WebhookOutbox outbox;

	JobsController(JobLaunches launches, DocumentClaims claims, OcrDocumentRepository documents, WebhookOutbox outbox) {
		this.launches = launches;
		this.claims = claims;
		this.documents = documents;
		this.outbox = outbox;
	}

	/** Documents per status and webhook events per status, over the whole service. */
	@GetMapping("/status")
	Map<String, Object> status() {
		Map<String, Object> status = new LinkedHashMap<>();
		status.put("documents", documents.countByStatus());
		status.put("webhooks", outbox.countByStatus());
		status.put("jobs", launches.jobNames());
		return status;
	}

	@PostMapping("/jobs/{jobName}")
	ResponseEntity<Map<String, Object>> start(@PathVariable String jobName,
			@RequestBody(required = false) Map<String, String> parameters) throws Exception {
		Properties given = new Properties();
		if (parameters != null) {
			given.putAll(parameters);
		}
		JobExecution execution = launches.start(jobName, given);
		return ResponseEntity.accepted().location(URI.create("/api/jobs/executions/" + execution.getId())).body(describe(execution));
	}

	@GetMapping("/jobs/{jobName}/executions")
	List<Map<String, Object>> executions(@PathVariable String jobName, @RequestParam(defaultValue = "20") int limit)
			throws NoSuchJobException {
		return launches.recentExecutions(jobName, Math.max(1, Math.min(limit, 200))).stream().map(this::describe).toList();
	}

	@GetMapping("/jobs/executions/{id}")
	Map<String, Object> execution(@PathVariable long id) throws NoSuchJobExecutionException {
		return describe(launches.execution(id));
	}

	@PostMapping("/jobs/executions/{id}/restart")
	ResponseEntity<Map<String, Object>> restart(@PathVariable long id) throws Exception {
		JobExecution execution = launches.restart(id);
		return ResponseEntity.accepted().location(URI.create("/api/jobs/executions/" + execution.getId())).body(describe(execution));
	}

	@PostMapping("/jobs/executions/{id}/stop")
	ResponseEntity<Map<String, Object>> stop(@PathVariable long id) throws Exception {
		launches.stop(id);
		return ResponseEntity.accepted().body(describe(launches.execution(id)));
	}

	private Map<String, Object> describe(JobExecution execution) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("executionId", execution.getId());
		body.put("jobName", execution.getJobInstance().getJobName());
		body.put("status", execution.getStatus().name());
		body.put("exitCode", execution.getExitStatus().getExitCode());
		body.put("exitDescription", execution.getExitStatus().getExitDescription());
		body.put("startTime", execution.getStartTime());
		body.put("endTime", execution.getEndTime());
		Map<String, Object> parameters = new LinkedHashMap<>();
		execution.getJobParameters().parameters().forEach(p -> parameters.put(p.name(), String.valueOf(p.value())));
		body.put("parameters", parameters);
		body.put("steps", execution.getStepExecutions().stream().map(JobsController::describe).toList());
		var context = execution.getExecutionContext();
		if (context.containsKey(ClaimTasklet.CLAIM_EXECUTION)) {
			body.put("documents", claims.countByStatus(context.getLong(ClaimTasklet.CLAIM_EXECUTION)));
		}
		return body;
	}

	private static Map<String, Object> describe(StepExecution step) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", step.getStepName());
		body.put("status", step.getStatus().name());
		body.put("read", step.getReadCount());
		body.put("written", step.getWriteCount());
		body.put("commits", step.getCommitCount());
		body.put("rollbacks", step.getRollbackCount());
		return body;
	}

	@ExceptionHandler({ NoSuchJobException.class, NoSuchJobExecutionException.class })
	ResponseEntity<Map<String, String>> notFound(Exception ex) {
		return error(HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler({ InvalidJobParametersException.class, JobInstanceAlreadyCompleteException.class,
			JobRestartException.class })
	ResponseEntity<Map<String, String>> refused(Exception ex) {
		return error(HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler({ JobExecutionAlreadyRunningException.class, JobExecutionNotRunningException.class })
	ResponseEntity<Map<String, String>> conflict(Exception ex) {
		return error(HttpStatus.CONFLICT, ex);
	}

	@ExceptionHandler(ShuttingDownException.class)
	ResponseEntity<Map<String, String>> unavailable(Exception ex) {
		return error(HttpStatus.SERVICE_UNAVAILABLE, ex);
	}

	private static ResponseEntity<Map<String, String>> error(HttpStatus status, Exception ex) {
		return ResponseEntity.status(status).body(Map.of("error", String.valueOf(ex.getMessage())));
	}

}
