package io.invoiceocr.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.invoiceocr.support.ServiceProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The local profile with a persistent PostgreSQL folder ({@code invoice-ocr.local.postgres-directory}),
 * run as a person runs it, in JVMs of its own: the embedded PostgreSQL a killed service left running
 * is stopped by the next start, which then runs on the same data; a folder whose
 * {@code postmaster.pid} names a live process that is not such a PostgreSQL stops the start-up with
 * the folder, the process and what to do, and that process is left alone.
 */
class OrphanedPostgresIT {

	@TempDir
	Path work;

	private final List<ProcessHandle> leftovers = new ArrayList<>();

	@AfterEach
	void stopWhatATestLeftRunning() {
		leftovers.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroy);
	}

	@Test
	void thePostgresOfAKilledServiceIsStoppedAndTheNextStartRunsOnTheSameData() throws Exception {
		// given a service running on a persistent folder
		Path folder = work.resolve("postgres");
		ServiceProcess first = ServiceProcess.startLocal(work.resolve("first.log"), arguments(folder));
		await().atMost(Duration.ofSeconds(120))
			.until(() -> first.output().contains("Started InvoiceOcrApplication") || !first.process().isAlive());
		assertThat(first.process().isAlive()).as(first.logTail()).isTrue();
		ProcessHandle postgres = postmaster(folder).orElseThrow();
		leftovers.add(postgres);

		// when the service is killed without warning
		first.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// then its PostgreSQL still runs on the folder
		assertThat(postgres.isAlive()).isTrue();

		// when the service runs a job on the same folder
		List<String> job = new ArrayList<>(arguments(folder));
		job.add("--spring.batch.job.name=cleanupJob");
		ServiceProcess second = ServiceProcess.startLocal(work.resolve("second.log"), job);
		assertThat(second.process().waitFor(180, TimeUnit.SECONDS)).as("second start ended").isTrue();

		// then the orphan was stopped, and the job ran on the data the first service left
		assertThat(second.process().exitValue()).as(second.logTail()).isZero();
		assertThat(postgres.isAlive()).isFalse();
		assertThat(second.output()).contains("PostgreSQL process " + postgres.pid() + " still runs on " + folder,
				"PostgreSQL process " + postgres.pid() + " on " + folder + " has stopped", "No migration necessary");
		// and the second service stopped its own PostgreSQL when it ended
		assertThat(postmaster(folder)).isEmpty();
	}

	@Test
	void aPostmasterPidNamingAnotherLiveProcessStopsTheStartWithTheFolderTheProcessAndWhatToDo() throws Exception {
		// given a folder whose postmaster.pid names a live process that is not PostgreSQL
		Path folder = Files.createDirectories(work.resolve("postgres"));
		Process stranger = new ProcessBuilder("sleep", "300").start();
		leftovers.add(stranger.toHandle());
		Files.writeString(folder.resolve("postmaster.pid"), stranger.pid() + "\n" + folder + "\n");

		// when the service starts on it
		List<String> job = new ArrayList<>(arguments(folder));
		job.add("--spring.batch.job.name=cleanupJob");
		ServiceProcess service = ServiceProcess.startLocal(work.resolve("service.log"), job);
		assertThat(service.process().waitFor(120, TimeUnit.SECONDS)).as("start ended").isTrue();

		// then it did not start, and said where, which process, and what to do
		assertThat(service.process().exitValue()).as(service.logTail()).isEqualTo(1);
		assertThat(service.output()).contains("APPLICATION FAILED TO START",
				"invoice-ocr.local.postgres-directory: the embedded PostgreSQL cannot start on the folder " + folder,
				"names process " + stranger.pid(), "delete " + folder.resolve("postmaster.pid"));
		// and the process was left alone
		assertThat(stranger.isAlive()).isTrue();
	}

	private static List<String> arguments(Path folder) {
		return List.of("--invoice-ocr.local.postgres-directory=" + folder, "--invoice-ocr.local.seed-samples=false",
				"--server.port=0", "--invoice-ocr.webhook.deliver-every=0s");
	}

	/** The live process {@code postmaster.pid} in the folder names, if any. */
	private static Optional<ProcessHandle> postmaster(Path folder) throws IOException {
		Path pidFile = folder.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip())).filter(ProcessHandle::isAlive);
	}

}
