package io.invoiceocr;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes the two launch modes work without extra flags: a command-line job run needs no web server
 * (it must exit when the job ends), and a service start must not try to run "the" job, since the
 * service has several. Explicit settings always win: these are only defaults.
 */
public class LaunchModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		Map<String, Object> defaults = new HashMap<>();
		if (LaunchMode.of(environment) == LaunchMode.JOB) {
			defaults.put("spring.main.web-application-type", "none");
			defaults.put("spring.batch.job.enabled", "true");
		}
		else {
			defaults.put("spring.batch.job.enabled", "false");
		}
		environment.getPropertySources().addLast(new MapPropertySource("invoiceOcrLaunchMode", defaults));
	}

}
