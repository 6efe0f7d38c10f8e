package io.invoiceocr.config;

/**
 * The service cannot start with its configuration as it is. {@code setting} names the property to
 * fix, so that the message at start-up points straight at it.
 */
public class StartupCheckException extends RuntimeException {

	private final String setting;

	public StartupCheckException(String setting, String problem, Throwable cause) {
		super(setting + ": " + problem, cause);
		this.setting = setting;
	}

	public String setting() {
		return setting;
	}

}
