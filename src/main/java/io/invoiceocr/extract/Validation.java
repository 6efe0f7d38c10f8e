package io.invoiceocr.extract;

import java.util.List;

/** What was checked on an invoice and what failed. */
public record Validation(List<Check> checks) {

	public Validation {
		checks = List.copyOf(checks);
	}

	public List<Check> failures() {
		return checks.stream().filter(check -> !check.passed()).toList();
	}

	public boolean valid() {
		return checks.stream().allMatch(Check::passed);
	}

}
