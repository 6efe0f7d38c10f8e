package io.invoiceocr;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/** A run of the jar either runs one named job and exits, or stays up as a service. */
public enum LaunchMode {

	JOB, SERVICE;

	static final String JOB_NAME_PROPERTY = "spring.batch.job.name";

	public static LaunchMode of(Environment environment) {
		return StringUtils.hasText(environment.getProperty(JOB_NAME_PROPERTY)) ? JOB : SERVICE;
	}

}
