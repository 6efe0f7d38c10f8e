package io.invoiceocr.console.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class LaunchParametersTest {

	@Test
	void oneParameterALineValuesAsTyped() {
		Properties parameters = LaunchParameters.parse("bucket=invoices\r\n\n  prefix = raw-invoices/2021/ \nerrorContains=a=b");

		assertThat(parameters).containsEntry("bucket", "invoices")
			.containsEntry("prefix", "raw-invoices/2021/")
			.containsEntry("errorContains", "a=b")
			.hasSize(3);
		assertThat(LaunchParameters.parse(null)).isEmpty();
	}

	@Test
	void aLineWithoutANameIsRefused() {
		assertThatThrownBy(() -> LaunchParameters.parse("dryRun")).hasMessageContaining("name=value");
		assertThatThrownBy(() -> LaunchParameters.parse("=true")).hasMessageContaining("name=value");
	}

}
