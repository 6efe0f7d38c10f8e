package io.invoiceocr.launch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import io.invoiceocr.job.JobProperties;
import io.invoiceocr.job.NewInstanceEachLaunch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.job.AbstractJob;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.batch.core.launch.NoSuchJobExecutionException;
import org.springframework.batch.core.launch.support.TaskExecutorJobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Every way a job is launched goes through here: the command line (the run in this thread), the
 * REST API, the schedule and queue events (the run in the background). Before a launch, runs of
 * the job that died without a trace are recovered (at once when their run lock is free, see
 * {@link RunLocks}); a launch never starts a second run of a job that is running, and says which
 * run it found, since when, and when that run would count as dead. A job that declares {@link NewInstanceEachLaunch} gets a new instance per launch;
 * the others are named by their parameters ({@code backfillJob}: launching it again restarts it).
 */
@Component
public class JobLaunches {


	private static final Logger log = LoggerFactory.getLogger(JobLaunches.class);

	private final Map<String, Job> jobs = new TreeMap<>();

	private final JobOperator inThisThread;

	private final TaskExecutorJobOperator inBackground;

	private final JobRepository repository;

	private final StaleExecutionRecovery recovery;

	private final LaunchGuard guard;

	private final EndedRunClaims endedRunClaims;

	private final RunsInThisProcess runs = new RunsInThisProcess();

	private final Duration staleAfter;

	JobLaunches(Collection<Job> jobs, JobOperator jobOperator, JobRepository repository,
			StaleExecutionRecovery recovery, LaunchGuard guard, EndedRunClaims endedRunClaims, RunLocks runLocks,
			JobProperties properties) throws Exception {
		MapJobRegistry registry = new MapJobRegistry();
		for (Job job : jobs) {
			if (job instanceof AbstractJob listenable) {
				listenable.registerJobExecutionListener(runs);
				listenable.registerJobExecutionListener(runLocks);
			}
			this.jobs.put(job.getName(), job);
			registry.register(job);
		}
		this.inThisThread = jobOperator;
		this.repository = repository;
		this.recovery = recovery;
		this.guard = guard;
		this.endedRunClaims = endedRunClaims;
		this.staleAfter = properties.staleAfter();
		this.inBackground = new TaskExecutorJobOperator();
		this.inBackground.setJobRepository(repository);
		this.inBackground.setJobRegistry(registry);
		this.inBackground.setTaskExecutor(new SimpleAsyncTaskExecutor("job-"));
		this.inBackground.afterPropertiesSet();
	}

	public Set<String> jobNames() {
		return jobs.keySet();
	}

	/** Runs a job in this thread and returns when it has ended. */
	public JobExecution run(String jobName, Properties parameters) throws Exception {
		return launch(jobName, parameters, inThisThread);
	}

	/** Starts a job in the background; returns its execution, just started. */
	public JobExecution start(String jobName, Properties parameters) throws Exception {
		return started(launch(jobName, parameters, inBackground));
	}

	/** A run in the background is known to be running from its launch, before its thread begins. */
	private JobExecution started(JobExecution execution) {
		runs.add(execution);
		return execution;
	}

	/** Restarts a FAILED or STOPPED execution in the background. */
	public JobExecution restart(long executionId) throws Exception {
		JobExecution execution = execution(executionId);
		String jobName = execution.getJobInstance().getJobName();
		return guard.exclusively(jobName, () -> whileLocked(jobName), () -> {
			refuseIfShuttingDown(jobName);
			recovery.recoverStale(jobName, false);
			refuseIfRunning(jobName);
			return started(inBackground.restart(repository.getJobExecution(executionId)));
		});
	}

	/**
	 * Asks a running execution to stop at its next chunk boundary: its status becomes STOPPING,
	 * which every step reads when it commits a chunk, and it ends STOPPED, restartable. (Spring
	 * Batch 6's {@code JobOperator.stop} also sets the end time, which turns the status into STOPPED
	 * at once and the running steps never see the request: spring-batch#5114.)
	 */
	public void stop(long executionId) throws NoSuchJobExecutionException, JobExecutionNotRunningException {
		JobExecution execution = execution(executionId);
		if (!execution.isRunning()) {
			throw new JobExecutionNotRunningException(
					"execution " + executionId + " is not running (" + execution.getStatus() + ")");
		}
		log.info("Stopping {} #{} at its next chunk boundary", execution.getJobInstance().getJobName(), executionId);
		execution.setStatus(BatchStatus.STOPPING);
		repository.update(execution);
	}

	/**
	 * For a shutdown: no run starts from now on, and the runs of this process are asked to stop at
	 * their next chunk boundary. Returns the executions asked.
	 */
	List<Long> stopRunsInThisProcess() {
		runs.close();
		List<Long> asked = new ArrayList<>();
		for (JobExecution running : runs.running()) {
			try {
				stop(running.getId());
				asked.add(running.getId());
			}
			catch (NoSuchJobExecutionException | JobExecutionNotRunningException ex) {
				log.debug("{} ended before it was asked to stop", running.getId());
			}
		}
		return asked;
	}

	/** Waits, at most {@code timeout}, until the runs of this process have ended; returns whether they have. */
	boolean awaitRunsInThisProcess(Duration timeout) throws InterruptedException {
		return runs.awaitNone(timeout);
	}

	public JobExecution execution(long executionId) throws NoSuchJobExecutionException {
		JobExecution execution;
		try {
			execution = repository.getJobExecution(executionId);
		}
		catch (EmptyResultDataAccessException ex) {
			execution = null;
		}
		if (execution == null) {
			throw new NoSuchJobExecutionException("no job execution " + executionId);
		}
		return execution;
	}

	/** The last executions of a job, newest first. */
	public List<JobExecution> recentExecutions(String jobName, int limit) throws NoSuchJobException {
		job(jobName);
		return repository.getJobInstances(jobName, 0, limit)
			.stream()
			.flatMap(instance -> repository.getJobExecutions(instance).stream())
			.sorted((a, b) -> Long.compare(b.getId(), a.getId()))
			.limit(limit)
			.toList();
	}

	private JobExecution launch(String jobName, Properties parameters, JobOperator operator) throws Exception {
		Job job = job(jobName);
		JobParameters jobParameters = parameters(job, parameters);
		return guard.exclusively(jobName, () -> whileLocked(jobName), () -> {
			refuseIfShuttingDown(jobName);
			boolean newRun = NewInstanceEachLaunch.isDeclaredBy(job);
			recovery.recoverStale(jobName, newRun);
			refuseIfRunning(jobName);
			if (newRun) {
				// the next run takes over what a stopped or failed run left; restarting that one would, too
				endedRunClaims.returnToPending(jobName);
			}
			log.info("Launching {} with {}", jobName, jobParameters);
			JobExecution execution = operator.start(job, jobParameters);
			if (execution.getStatus() == BatchStatus.FAILED && !execution.getAllFailureExceptions().isEmpty()) {
				log.error("{} #{} failed: {}", jobName, execution.getId(), execution.getAllFailureExceptions().get(0).toString());
			}
			return execution;
		});
	}

	private void refuseIfShuttingDown(String jobName) throws ShuttingDownException {
		if (runs.isClosed()) {
			throw new ShuttingDownException(jobName);
		}
	}

	private void refuseIfRunning(String jobName) throws JobExecutionAlreadyRunningException {
		List<StaleExecutionRecovery.Running> running = recovery.running(jobName);
		if (!running.isEmpty()) {
			throw new JobExecutionAlreadyRunningException(AlreadyRunning.describe(jobName, running, staleAfter));
		}
	}

	/** What a refused launch is told when the launch lock is taken: the run that holds it, if there is one. */
	private String whileLocked(String jobName) {
		List<StaleExecutionRecovery.Running> running = recovery.running(jobName);
		return running.isEmpty() ? null : AlreadyRunning.describe(jobName, running, staleAfter);
	}

	private Job job(String jobName) throws NoSuchJobException {
		Job job = jobs.get(jobName);
		if (job == null) {
			throw new NoSuchJobException("no job named '" + jobName + "'; the jobs are " + jobs.keySet());
		}
		return job;
	}

	/**
	 * Every parameter a string, as given: Spring Batch's own converter would read
	 * {@code documentIds=a,b} as a value of type {@code b}.
	 */
	private static JobParameters parameters(Job job, Properties given) {
		JobParametersBuilder parameters = new JobParametersBuilder();
		given.stringPropertyNames().stream().sorted().forEach(name -> parameters.addString(name, given.getProperty(name)));
		JobParameters asGiven = parameters.toJobParameters();
		return NewInstanceEachLaunch.isDeclaredBy(job) ? NewInstanceEachLaunch.newInstance(asGiven) : asGiven;
	}

}
