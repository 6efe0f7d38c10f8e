package io.invoiceocr.config;

/**
 * The service cannot start with its configuration as it is. {@code setting} names the property to
 * fix, so that the message at start-up points straight at it; {@code action} says what to do when
 * that is more than fixing the setting.
 */
public class StartupCheckException extends RuntimeException {

	private final String setting;

	private final String action;

	public StartupCheckException(String setting, String problem, Throwable cause) {
		this(setting, problem, null, cause);
	}

	public StartupCheckException(String setting, String problem, String action, Throwable cause) {
		super(setting + ": " + problem, cause);
		this.setting = setting;
		this.action = action != null ? action
				: "Fix the setting '" + setting + "' (application.yml, environment variable or command line).";
	}

	public String setting() {
		return setting;
	}

	public String action() {
		return action;
	}

}
