package io.invoiceocr.launch.trigger;

import java.util.Properties;

import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.launch.ShuttingDownException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.launch.JobExecutionAlreadyRunningException;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.NoSuchJobException;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * {@code --spring.batch.job.name=<job> [key=value ...]}: runs that job once with those parameters,
 * and gives the process its exit code: 0 when the run COMPLETED, Spring Batch's status number
 * otherwise (5 = FAILED), 2 when the launch was refused (unknown job, bad parameters, a run of the
 * job already going on, an instance already complete).
 */
@Component
class JobCommandLine implements ApplicationRunner, ExitCodeGenerator {

	static final int REFUSED = 2;

	private static final Logger log = LoggerFactory.getLogger(JobCommandLine.class);

	private final JobLaunches launches;

	private final Environment environment;

	private int exitCode;

	JobCommandLine(JobLaunches launches, Environment environment) {
		this.launches = launches;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		String jobName = environment.getProperty("spring.batch.job.name");
		if (!StringUtils.hasText(jobName)) {
			return;
		}
		Properties parameters = new Properties();
		for (String argument : args.getNonOptionArgs()) {
			int equals = argument.indexOf('=');
			if (equals <= 0) {
				refuse("job parameters are key=value, not '" + argument + "'");
				return;
			}
			parameters.setProperty(argument.substring(0, equals), argument.substring(equals + 1));
		}
		try {
			JobExecution execution = launches.run(jobName.trim(), parameters);
			exitCode = execution.getStatus().ordinal();
		}
		catch (NoSuchJobException | InvalidJobParametersException | JobExecutionAlreadyRunningException
				| JobInstanceAlreadyCompleteException | ShuttingDownException ex) {
			refuse(ex.getMessage());
		}
	}

	private void refuse(String why) {
		log.error("Job not launched: {}", why);
		exitCode = REFUSED;
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
