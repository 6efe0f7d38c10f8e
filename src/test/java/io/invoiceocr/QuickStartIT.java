package io.invoiceocr;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's first command, as the command line runs it: no profile, no database URL, only a
 * job name. The service must start its embedded stand-ins, upload the bundled samples as the
 * monolith would, stage them from their S3 events, print them and exit with code 0.
 */
@ExtendWith(OutputCaptureExtension.class)
class QuickStartIT {

	@Test
	void theMainJobStagesTheBundledSamplesOnTheEmbeddedDefault(CapturedOutput output) {
		// when
		ConfigurableApplicationContext context = SpringApplication.run(InvoiceOcrApplication.class,
				"--spring.batch.job.name=ocrJob");
		int exitCode = SpringApplication.exit(context);

		// then
		assertThat(exitCode).isZero();
		assertThat(context.getEnvironment().getActiveProfiles()).containsExactly("local");
		assertThat(output.getOut()).contains("ocrJob #1 COMPLETED")
			.contains("staged=4")
			.contains("ignored=1")
			.contains("doc-1001")
			.contains("s3://invoices/raw-invoices/doc-1002/receipt-kedai-runcit.jpg")
			.contains("s3://invoices/raw-invoices/scanned invoice 0042.png")
			.contains("4 staged by this run");
	}

	@Test
	void aServiceStartRunsNoJob(CapturedOutput output) {
		// when the jar starts without a job name (service mode), on a random port
		try (ConfigurableApplicationContext context = SpringApplication.run(InvoiceOcrApplication.class,
				"--server.port=0", "--invoice-ocr.local.seed-samples=false")) {

			// then no job was launched, and the web server is up
			assertThat(context.getEnvironment().getProperty("local.server.port")).isNotBlank();
			assertThat(output.getOut()).doesNotContain("Launching next instance of job");
		}
	}

}
