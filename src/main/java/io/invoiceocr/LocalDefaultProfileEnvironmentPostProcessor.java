package io.invoiceocr;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.AbstractEnvironment;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Makes {@code local} (embedded S3, SQS and PostgreSQL, bundled samples) the profile used when no
 * profile is chosen, so that the jar runs on a bare machine. Choosing any profile
 * ({@code SPRING_PROFILES_ACTIVE=aws}) turns the stand-ins off. Runs before the config files are
 * read, so that {@code application-local.yml} applies.
 *
 * <p>It activates the profile rather than setting it as Spring's default profile, because a
 * default profile does not survive the environment conversion of non-web (job) runs.
 */
public class LocalDefaultProfileEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String LOCAL = "local";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean chosen = environment.getActiveProfiles().length > 0
				|| environment.containsProperty(AbstractEnvironment.ACTIVE_PROFILES_PROPERTY_NAME)
				|| !application.getAdditionalProfiles().isEmpty();
		if (!chosen) {
			environment.setActiveProfiles(LOCAL);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
