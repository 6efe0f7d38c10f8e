package io.invoiceocr.console.runs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.invoiceocr.console.Refusals;
import io.invoiceocr.console.overview.RunsInProgress;
import io.invoiceocr.launch.JobLaunches;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The runs per job, a run with its steps and partitions, and what the REST API offers on them:
 * launch with parameters, restart, stop. Every action goes through {@link JobLaunches}, as the API's do.
 */
@Controller
@ConditionalOnWebApplication
class RunsController {

	private static final int PER_JOB = 10;

	private final JobLaunches launches;

	private final RunsInProgress progress;

	RunsController(JobLaunches launches, RunsInProgress progress) {
		this.launches = launches;
		this.progress = progress;
	}

	@GetMapping("/console/runs")
	String runs(Model model) throws NoSuchJobException {
		Map<String, List<RunView>> perJob = new LinkedHashMap<>();
		for (String job : launches.jobNames()) {
			perJob.put(job, launches.recentExecutions(job, PER_JOB).stream().map(this::view).toList());
		}
		model.addAttribute("jobs", perJob);
		return "console/runs";
	}

	@GetMapping("/console/runs/{id}")
	String run(@PathVariable long id, Model model) {
		try {
			model.addAttribute("run", view(launches.execution(id)));
		}
		catch (NoSuchJobExecutionException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, ex.getMessage());
		}
		return "console/run";
	}

	@PostMapping("/console/runs/launch")
	String launch(@RequestParam String jobName, @RequestParam(required = false) String parameters,
			RedirectAttributes redirect) throws Exception {
		try {
			JobExecution execution = launches.start(jobName, LaunchParameters.parse(parameters));
			redirect.addFlashAttribute("flash", "Started " + jobName + " #" + execution.getId());
			return "redirect:/console/runs/" + execution.getId();
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("error", Refusals.describe(ex));
			return "redirect:/console/runs";
		}
	}

	@PostMapping("/console/runs/{id}/restart")
	String restart(@PathVariable long id, RedirectAttributes redirect) throws Exception {
		try {
			JobExecution execution = launches.restart(id);
			redirect.addFlashAttribute("flash", "Restarted #" + id + " as #" + execution.getId());
			return "redirect:/console/runs/" + execution.getId();
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("error", Refusals.describe(ex));
			return "redirect:/console/runs/" + id;
		}
	}

	@PostMapping("/console/runs/{id}/stop")
	String stop(@PathVariable long id, RedirectAttributes redirect) throws Exception {
		try {
			launches.stop(id);
			redirect.addFlashAttribute("flash", "Asked #" + id + " to stop at its next chunk boundary");
		}
		catch (Exception ex) {
			redirect.addFlashAttribute("error", Refusals.describe(ex));
		}
		return "redirect:/console/runs/" + id;
	}

	private RunView view(JobExecution execution) {
		return RunView.of(execution, progress.progress(execution));
	}

}
