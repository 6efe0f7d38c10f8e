package io.invoiceocr.local;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

import io.invoiceocr.config.StartupCheckException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL: on a fresh temporary folder, or on the persistent folder of
 * {@code invoice-ocr.local.postgres-directory}, after stopping a PostgreSQL that a killed service
 * left running there ({@link OrphanedPostgres}). A start that fails on a persistent folder says
 * which folder and what to do.
 */
final class EmbeddedPostgresStarter {

	/** How long an orphaned PostgreSQL is given to stop after SIGTERM (it has no clients left). */
	static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(30);

	private EmbeddedPostgresStarter() {
	}

	static EmbeddedPostgres start(String directory) throws IOException {
		if (!StringUtils.hasText(directory)) {
			return EmbeddedPostgres.builder().start();
		}
		Path folder = Path.of(directory).toAbsolutePath();
		OrphanedPostgres.stopIfOrphaned(folder, ORPHAN_STOP_WAIT);
		try {
			return EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false).start();
		}
		catch (IOException | RuntimeException ex) {
			throw new StartupCheckException(OrphanedPostgres.SETTING, "the embedded PostgreSQL did not start on the folder "
					+ folder + " (" + ex.getMessage() + ")", "Look at the PostgreSQL messages above; if another "
							+ "PostgreSQL runs on " + folder + " (its postmaster.pid names it), stop it, or set "
							+ OrphanedPostgres.SETTING + " to another folder.",
					ex);
		}
	}

}
