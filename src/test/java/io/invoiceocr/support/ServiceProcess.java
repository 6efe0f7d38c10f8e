package io.invoiceocr.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.invoiceocr.InvoiceOcrApplication;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.local.LocalInvoiceOcrApplication;
import org.awaitility.core.ConditionTimeoutException;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.awaitility.Awaitility.await;

/**
 * The service run from the command line in a JVM of its own, against a {@link StandaloneStack}, so
 * that a test can kill it without warning and look at what it left behind.
 */
public final class ServiceProcess {

	private final Process process;

	private final Path log;

	private long peakResidentKib;

	private ServiceProcess(Process process, Path log) {
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code java InvoiceOcrApplication} (the product's main, as deployed) with the stack's settings
	 * and these arguments; output to {@code log}.
	 */
	public static ServiceProcess start(StandaloneStack stack, Path log, List<String> arguments) throws IOException {
		return start(stack, log, List.of(), arguments);
	}

	/** The same, with these options for the JVM (e.g. {@code -Xmx1g}). */
	public static ServiceProcess start(StandaloneStack stack, Path log, List<String> jvmOptions, List<String> arguments)
			throws IOException {
		List<String> settings = new ArrayList<>();
		stack.settings().forEach(setting -> settings.add("--" + setting));
		settings.addAll(arguments);
		return launch(log, jvmOptions, InvoiceOcrApplication.class, settings);
	}

	/**
	 * Starts {@code java LocalInvoiceOcrApplication} as a person does on a fresh machine (the quick
	 * start): the service on its embedded stand-ins, with these arguments; output to {@code log}.
	 */
	public static ServiceProcess startLocal(Path log, List<String> arguments) throws IOException {
		return launch(log, List.of(), LocalInvoiceOcrApplication.class, arguments);
	}

	private static ServiceProcess launch(Path log, List<String> jvmOptions, Class<?> mainClass, List<String> arguments)
			throws IOException {
		List<String> command = new ArrayList<>(List.of(
				System.getProperty("java.home") + File.separator + "bin" + File.separator + "java"));
		command.addAll(jvmOptions);
		command.addAll(List.of("-cp", classPath(), "-Daws.accessKeyId=" + EmbeddedS3.ACCESS_KEY,
				"-Daws.secretAccessKey=" + EmbeddedS3.SECRET_KEY, mainClass.getName()));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		return new ServiceProcess(process, log);
	}

	/**
	 * This JVM's class path without empty entries: the test runner's ends with one, which would put the
	 * working directory (the project, with its {@code samples/} folder) on the service's class path.
	 */
	private static String classPath() {
		return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter(entry -> !entry.isEmpty())
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** The whole output so far. */
	public String output() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	public Process process() {
		return process;
	}

	/** The file the process's output goes to. */
	public Path log() {
		return log;
	}

	/** Waits until the check holds; fails with the end of the log if the process ends first or time runs out. */
	public void awaitWhileRunning(Check check, Duration timeout) {
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
				if (check.holds()) {
					return true;
				}
				if (!process.isAlive()) {
					throw new AssertionError("the run ended before it could be killed: " + logTail());
				}
				return false;
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("timed out waiting; " + logTail(), ex);
		}
	}

	/**
	 * Waits for the process to end, noting its peak resident memory on the way (Linux's VmHWM, which
	 * goes with the process when it ends); fails with the end of the log when time runs out.
	 * @return the exit code
	 */
	public int awaitExit(Duration timeout) {
		Path status = Path.of("/proc", Long.toString(process.pid()), "status");
		try {
			await().atMost(timeout).pollInterval(Duration.ofMillis(200)).until(() -> {
				notePeakResident(status);
				return !process.isAlive();
			});
		}
		catch (ConditionTimeoutException ex) {
			throw new AssertionError("the process did not end in " + timeout + "; " + logTail(), ex);
		}
		return process.exitValue();
	}

	private void notePeakResident(Path status) {
		try {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					peakResidentKib = Math.max(peakResidentKib, Long.parseLong(line.replaceAll("\\D", "")));
				}
			}
		}
		catch (IOException ex) {
			// the process ended between the check and the read
		}
	}

	/** The most resident memory the process had, as last seen by {@link #awaitExit}, in MiB. */
	public long peakResidentMib() {
		return peakResidentKib / 1024;
	}

	/** Waits until the process has created the service's tables (Flyway ran). */
	public void awaitSchema(JdbcTemplate jdbc, Duration timeout) {
		awaitWhileRunning(
				() -> count(jdbc, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'ocr_document'") == 1,
				timeout);
	}

	/** The last lines of the process's output. */
	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	/** A count, or 0 while the table is not there yet (the process has not migrated the schema). */
	public static long count(JdbcTemplate jdbc, String sql) {
		try {
			Long value = jdbc.queryForObject(sql, Long.class);
			return value == null ? 0 : value;
		}
		catch (BadSqlGrammarException ex) {
			return 0;
		}
	}

	@FunctionalInterface
	public interface Check {

		boolean holds() throws Exception;

	}

}
