package io.invoiceocr.local;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.invoiceocr.config.StartupCheckException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL runs as a process of its own (started by {@code pg_ctl}), stopped by the
 * JVM that started it when that JVM exits. A JVM killed hard ({@code kill -9}, out of memory) leaves
 * it running on its data folder, and the next start on a persistent folder would fail with
 * PostgreSQL's "lock file postmaster.pid already exists". Before the embedded PostgreSQL starts, a
 * {@code postmaster.pid} naming a live PostgreSQL whose JVM is gone (no process holds the folder's
 * {@code epg-lock}, which the embedded PostgreSQL's JVM holds while it runs) is stopped with SIGTERM
 * and waited for. Anything else that holds the folder stops the start-up with the folder, the
 * process and what to do.
 */
final class OrphanedPostgres {

	static final String SETTING = "invoice-ocr.local.postgres-directory";

	/** The file the embedded PostgreSQL's JVM locks while it runs on the folder. */
	static final String JVM_LOCK_FILE = "epg-lock";

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

	private OrphanedPostgres() {
	}

	/** Stops the PostgreSQL left running on {@code folder} by a JVM that is gone, if there is one. */
	static void stopIfOrphaned(Path folder, Duration wait) {
		Path pidFile = folder.resolve("postmaster.pid");
		Optional<Long> pid = pid(pidFile);
		if (pid.isEmpty()) {
			return;
		}
		Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			// a pid file of a PostgreSQL that is gone: PostgreSQL replaces it itself
			return;
		}
		String command = process.get().info().command().orElse(null);
		if (command == null || !Path.of(command).getFileName().toString().equals("postgres")) {
			throw new StartupCheckException(SETTING, "the embedded PostgreSQL cannot start on the folder " + folder
					+ ": its postmaster.pid names process " + pid.get() + " ("
					+ (command == null ? "a command this user cannot see" : command) + "), which is alive and is not a "
					+ "PostgreSQL this service started", "If no PostgreSQL uses " + folder + ", delete " + pidFile
							+ " and start again; otherwise stop process " + pid.get() + " first.",
					null);
		}
		if (jvmStillRunning(folder)) {
			throw new StartupCheckException(SETTING, "the folder " + folder + " is in use by another running service: "
					+ "its embedded PostgreSQL is process " + pid.get(), "Stop the other service, or set " + SETTING
							+ " to another folder.",
					null);
		}
		log.warn("PostgreSQL process {} still runs on {}, left by a service that was killed; stopping it (SIGTERM)",
				pid.get(), folder);
		process.get().destroy();
		try {
			process.get().onExit().get(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException | ExecutionException ex) {
			throw new StartupCheckException(SETTING, "the embedded PostgreSQL cannot start on the folder " + folder
					+ ": PostgreSQL process " + pid.get() + " left there by a service that was killed did not stop within "
					+ wait + " of SIGTERM", "Stop process " + pid.get() + " (kill " + pid.get() + "; kill -9 only if it "
							+ "does not end), then start again.",
					ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while waiting for PostgreSQL process " + pid.get() + " to stop",
					ex);
		}
		log.info("PostgreSQL process {} on {} has stopped; starting the embedded PostgreSQL on the folder", pid.get(),
				folder);
	}

	/** The first line of {@code postmaster.pid}: the postmaster's process id. */
	private static Optional<Long> pid(Path pidFile) {
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).strip()));
		}
		catch (IOException | NumberFormatException ex) {
			// no file, or one PostgreSQL was writing when its process died: PostgreSQL judges it
			return Optional.empty();
		}
	}

	/** Whether a JVM holds the folder's lock file (the lock goes with the process that held it). */
	private static boolean jvmStillRunning(Path folder) {
		Path lockFile = folder.resolve(JVM_LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return false;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				return true;
			}
			lock.release();
			return false;
		}
		catch (OverlappingFileLockException ex) {
			// this JVM holds it: an embedded PostgreSQL of its own runs on the folder
			return true;
		}
		catch (IOException ex) {
			throw new StartupCheckException(SETTING, "cannot open " + lockFile + " (" + ex.getMessage() + ")",
					"Give this user write access to " + folder + ", or set " + SETTING + " to another folder.", ex);
		}
	}

}
