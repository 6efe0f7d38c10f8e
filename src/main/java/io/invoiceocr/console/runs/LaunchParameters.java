package io.invoiceocr.console.runs;

import java.util.Properties;

/**
 * The parameters of a launch as typed in the form: {@code name=value}, one a line or separated by
 * spaces as on the command line; blank lines are skipped. The job's own validator checks them.
 */
final class LaunchParameters {

	private LaunchParameters() {
	}

	static Properties parse(String text) {
		Properties parameters = new Properties();
		if (text == null) {
			return parameters;
		}
		for (String line : text.split("\\R")) {
			String trimmed = line.trim();
			if (trimmed.isEmpty()) {
				continue;
			}
			int equals = trimmed.indexOf('=');
			if (equals < 1) {
				throw new IllegalArgumentException("a parameter is name=value, not '" + trimmed + "'");
			}
			parameters.setProperty(trimmed.substring(0, equals).trim(), trimmed.substring(equals + 1).trim());
		}
		return parameters;
	}

}
