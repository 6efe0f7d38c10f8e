package io.invoiceocr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * invoice-ocr: S3 invoices in, text and invoice data out.
 *
 * <p>Started with {@code --spring.batch.job.name=<job>} it runs that job once and exits with the
 * job's outcome as exit code (0 = COMPLETED). Without a job name it runs as a service (HTTP event
 * endpoint, actuator).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class InvoiceOcrApplication {

	public static void main(String[] args) {
		ConfigurableApplicationContext context = SpringApplication.run(InvoiceOcrApplication.class, args);
		if (LaunchMode.of(context.getEnvironment()) == LaunchMode.JOB) {
			System.exit(SpringApplication.exit(context));
		}
	}

}
