package io.invoiceocr.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed start-up check into Boot's "APPLICATION FAILED TO START" report naming the setting. */
class StartupCheckFailureAnalyzer extends AbstractFailureAnalyzer<StartupCheckException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StartupCheckException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}

}
