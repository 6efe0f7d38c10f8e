package io.invoiceocr.local;

import io.invoiceocr.InvoiceOcrApplication;

import org.springframework.boot.SpringApplication;

/**
 * The service on its embedded stand-ins, for a machine with nothing installed but Java:
 * {@code ./mvnw spring-boot:test-run} (README, "Quick start"). It runs the service's own main with
 * {@link LocalStandIns} added and the {@code local} profile active; the product jar carries
 * neither.
 */
public final class LocalInvoiceOcrApplication {

	private LocalInvoiceOcrApplication() {
	}

	public static void main(String[] args) {
		SpringApplication.from(InvoiceOcrApplication::main)
			.with(LocalStandIns.class)
			.withAdditionalProfiles(LocalStandIns.PROFILE)
			.run(args);
	}

}
