package io.invoiceocr;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the two launch modes work without extra flags: a command-line job run needs no web server
 * (it must exit when the job ends), and a service start runs no job by itself. Explicit settings win, except
 * that Boot's own job launcher stays off.
 */
public class LaunchModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		if (LaunchMode.of(environment) == LaunchMode.JOB) {
			defaults.put("spring.main.web-application-type", "none");
		}
		environment.getPropertySources().addLast(new MapPropertySource("invoiceOcrLaunchMode", defaults));
		// Not a default: jobs are launched by the service's own launcher (job.JobLaunches), which recovers
		// dead runs, never starts a job twice and gives every queue-draining launch its own instance;
		// Boot's launcher beside it would run the job a second time.
		environment.getPropertySources()
			.addFirst(new MapPropertySource("invoiceOcrJobLauncher", Map.of("spring.batch.job.enabled", "false")));
	}

}
