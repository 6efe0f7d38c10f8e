package io.invoiceocr.job;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.invoiceocr.support.ProcessTestServers;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.StaleRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ocrJob} with remote partitioning: the run (the manager) in one JVM, two workers in two
 * more, all against the same PostgreSQL, S3 and SQS servers. The partition requests travel through
 * PostgreSQL; every document ends with one result, and both workers did part of the work.
 */
class RemotePartitioningIT {

	private static final int DOCUMENTS = 40;

	private static final String SECRET = "whsec_remote";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What a worker logs once it takes requests. */
	private static final String TAKING = "takes partition requests";

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	@TempDir
	Path logs;

	private final List<ServiceProcess> processes = new ArrayList<>();

	@AfterEach
	void stopProcesses() throws Exception {
		for (ServiceProcess process : processes) {
			process.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
	}

	@BeforeEach
	void emptyTables() {
		TestData.truncateAll(servers.jdbc());
		servers.dropSlowDown();
		servers.receiver().reset();
	}

	@Test
	void aManagerAndTwoWorkersProcessEveryDocumentOnceWithBothWorkersTakingPartitions() throws Exception {
		// given 40 uploads announced on the queue, every tenth of them not a readable document
		servers.uploadAndAnnounce(900, DOCUMENTS);
		// and two workers waiting for partition requests
		List<ServiceProcess> workers = readyWorkers(2);
		ServiceProcess first = workers.get(0);
		ServiceProcess second = workers.get(1);

		// when ocrJob runs with remote partitioning, 8 partitions
		ServiceProcess manager = start("manager", "--spring.batch.job.name=ocrJob", "--invoice-ocr.partitioning.mode=remote",
				"--invoice-ocr.process.partitions=8");
		assertThat(manager.process().waitFor(300, TimeUnit.SECONDS)).as("the run ended").isTrue();

		// then it completed, with every partition run by a worker
		assertThat(manager.process().exitValue()).as(manager.logTail()).isZero();
		assertThat(servers.jdbc().queryForList("SELECT status FROM batch_step_execution WHERE step_name LIKE 'processPartition:%'",
				String.class)).hasSize(8).containsOnly("COMPLETED");
		assertThat(count("SELECT count(*) FROM partition_lease")).isZero();
		assertThat(count("SELECT count(*) FROM int_channel_message")).isZero();
		// and both workers took partitions
		long byFirst = partitionsRunBy(first);
		long bySecond = partitionsRunBy(second);
		assertThat(byFirst + bySecond).isEqualTo(8);
		assertThat(byFirst).as("partitions run by worker 1").isPositive();
		assertThat(bySecond).as("partitions run by worker 2").isPositive();
		// and a worker is ready with the channel and the database, and counts its partitions in its metrics
		URI firstWorker = URI.create("http://127.0.0.1:" + httpPort(first));
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(firstWorker.resolve("/actuator/health/readiness")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(readiness.statusCode()).isEqualTo(200);
		JsonNode components = JSON.readTree(readiness.body()).get("components");
		assertThat(components.get("partitionWorker").get("status").asString()).isEqualTo("UP");
		assertThat(components.get("db").get("status").asString()).isEqualTo("UP");
		String scrape = http.send(HttpRequest.newBuilder(firstWorker.resolve("/actuator/prometheus")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		assertThat(scrape).containsPattern("invoice_ocr_partitions_seconds_count\\{outcome=\"completed\"\\} " + byFirst + "(\\.0)?\n")
			.containsPattern("invoice_ocr_partitions_running 0(\\.0)?\n")
			.containsPattern("invoice_ocr_partitions_waiting 0(\\.0)?\n");
		// and every document ended as its content says, with one result each
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(36);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(4);
		assertThat(servers.jdbc().queryForList("""
				SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id
				""", Long.class)).hasSize(DOCUMENTS).containsOnly(1L);
		// and the manager delivered one payload per idempotency key, all signed
		assertOnePayloadPerDocument();
	}

	@Test
	void aPartitionOfAWorkerKilledMidRunIsFailedByItsLeaseAndTheRestartGivesItToAnotherWorker() throws Exception {
		// given 40 uploads, two workers, and results slowed down (300 ms each) so that a kill finds work in progress
		servers.uploadAndAnnounce(1000, DOCUMENTS);
		ServiceProcess doomed = readyWorkers(2).get(0);
		servers.slowDownResults();
		// and the manager as a service, running ocrJob with 8 remote partitions
		Manager manager = manager("manager");
		long run = manager.start("ocrJob");

		// when one worker is killed without warning while it runs partitions
		doomed.awaitWhileRunning(() -> partitionsStartedBy(doomed) > 0 && servers.finished() >= 5, Duration.ofSeconds(120));
		doomed.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);

		// then its partitions are FAILED once their lease runs out, the others end, and the run is FAILED
		assertThat(manager.awaitEnd(run)).isEqualTo("FAILED");
		List<String> dead = servers.jdbc().queryForList("SELECT step_name FROM batch_step_execution "
				+ "WHERE step_name LIKE 'processPartition:%' AND status = 'FAILED' AND exit_message LIKE '%died (its lease ran out)%'",
				String.class);
		assertThat(dead).isNotEmpty();
		long finishedBeforeRestart = servers.finished();

		// when a third worker joins and the run is restarted
		servers.dropSlowDown();
		ServiceProcess newcomer = worker("worker-3");
		awaitLog(newcomer, TAKING);
		long restart = manager.restart(run);

		// then the failed partitions were run again, and the run completed
		assertThat(manager.awaitEnd(restart)).isEqualTo("COMPLETED");
		assertThat(servers.jdbc().queryForList("SELECT step_name FROM batch_step_execution "
				+ "WHERE step_name LIKE 'processPartition:%' AND job_execution_id = ? AND status = 'COMPLETED'", String.class,
				restart)).containsExactlyInAnyOrderElementsOf(dead);
		// and every document ended once, none left PROCESSING, and the restart wrote only what was left
		assertEveryDocumentEndedOnce();
		assertThat(count("SELECT count(*) FROM ocr_status_transition WHERE to_status IN ('COMPLETED', 'FAILED') "
				+ "AND job_execution_id = " + restart)).isEqualTo(DOCUMENTS - finishedBeforeRestart);
	}

	@Test
	void aManagerKilledMidRunLosesNoPartitionAndItsRestartCountsWhatTheWorkersDidMeanwhile() throws Exception {
		// given 40 uploads, two workers, results slowed down, and a manager running ocrJob with 8 remote partitions
		servers.uploadAndAnnounce(1100, DOCUMENTS);
		ServiceProcess first = readyWorkers(2).get(0);
		servers.slowDownResults();
		Manager manager = manager("manager-1");
		long run = manager.start("ocrJob");
		first.awaitWhileRunning(() -> servers.finished() >= 5, Duration.ofSeconds(120));

		// when the manager is killed without warning, and the workers finish every partition meanwhile
		manager.process().process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		servers.dropSlowDown();
		first.awaitWhileRunning(() -> servers.finished() == DOCUMENTS && count("SELECT count(*) FROM batch_step_execution "
				+ "WHERE step_name LIKE 'processPartition:%' AND status = 'COMPLETED'") == 8, Duration.ofSeconds(180));

		// when a new manager restarts the run (the dead execution is recovered first: stale-after is 2 s)
		StaleRuns.awaitStale(servers.jdbc(), Duration.ofSeconds(2));
		Manager next = manager("manager-2");
		long restart = next.restart(run);

		// then the run completes without running any partition twice
		assertThat(next.awaitEnd(restart)).isEqualTo("COMPLETED");
		assertThat(servers.jdbc().queryForList("SELECT status FROM batch_job_execution ORDER BY job_execution_id", String.class))
			.containsExactly("FAILED", "COMPLETED");
		assertThat(count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'processPartition:%'")).isEqualTo(8);
		// and the restarted step counts what the workers wrote while the manager was dead (spring-batch#5158)
		assertThat(count("SELECT write_count FROM batch_step_execution WHERE step_name = 'processStep' AND job_execution_id = "
				+ restart)).isEqualTo(DOCUMENTS);
		assertEveryDocumentEndedOnce();
		// and every document was reported once, by the restarted run's delivery
		assertOnePayloadPerDocument();
	}

	@Test
	void aBackfillSendsItsPartitionsToTheWorkersWhichLaunchNothingThemselves() throws Exception {
		// given 20 historical objects, every tenth of them not a readable document
		for (int n = 1; n <= 20; n++) {
			servers.upload("archive/2024/inv-%04d.pdf".formatted(n), n);
		}
		// and a worker whose settings, shared with the services, would launch ocrJob every second
		ServiceProcess worker = start("worker-1", "--spring.profiles.active=aws,worker", "--server.port=0",
				"--invoice-ocr.partitioning.worker.concurrency=2", "--invoice-ocr.partitioning.worker.idle-poll=10m",
				"--invoice-ocr.launch.schedules.ocrJob=* * * * * *", "--invoice-ocr.launch.on-queue-messages=true");
		worker.awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
		awaitLog(worker, TAKING);

		// when a backfill of them runs with remote partitioning, 4 partitions
		ServiceProcess manager = start("manager", "--spring.batch.job.name=backfillJob",
				"--invoice-ocr.partitioning.mode=remote", "--invoice-ocr.process.partitions=4",
				"--invoice-ocr.ingest.document-id.head-object=false", "bucket=invoices", "prefix=archive/2024/");
		assertThat(manager.process().waitFor(300, TimeUnit.SECONDS)).as("the run ended").isTrue();

		// then the worker ran its 4 partitions, and every object ended as its content says
		assertThat(manager.process().exitValue()).as(manager.logTail()).isZero();
		assertThat(partitionsRunBy(worker)).isEqualTo(4);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(18);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(2);
		// and the worker launched nothing of its own
		assertThat(servers.jdbc().queryForList("SELECT DISTINCT job_name FROM batch_job_instance", String.class))
			.containsExactly("backfillJob");
	}

	@Test
	void aWorkerStoppedWithSigtermStopsItsPartitionsAndTheNextRunFinishesThem() throws Exception {
		// given 40 uploads, one worker taking 2 partitions at a time, results slowed down, and ocrJob sending 4
		// partitions of 10 documents (5 chunks each)
		servers.uploadAndAnnounce(1200, DOCUMENTS);
		ServiceProcess stopping = readyWorkers(1).get(0);
		servers.slowDownResults();
		ServiceProcess manager = start("manager", "--spring.batch.job.name=ocrJob", "--invoice-ocr.partitioning.mode=remote",
				"--invoice-ocr.process.partitions=4");
		stopping.awaitWhileRunning(() -> servers.finished() >= 1, Duration.ofSeconds(120));

		// when the worker gets SIGTERM and a new one takes its place (a rolling update)
		stopping.process().destroy();
		assertThat(stopping.process().waitFor(60, TimeUnit.SECONDS)).as("the worker ended").isTrue();
		servers.dropSlowDown();
		ServiceProcess replacement = worker("worker-2");
		awaitLog(replacement, TAKING);

		// then the stopped worker's partitions ended STOPPED at a chunk boundary, the new worker ran the
		// requests still waiting, and the run ended STOPPED
		assertThat(Files.readString(stopping.log(), StandardCharsets.UTF_8)).contains("stop at their next chunk boundary");
		assertThat(manager.process().waitFor(180, TimeUnit.SECONDS)).as("the run ended").isTrue();
		assertThat(servers.jdbc().queryForList("SELECT status FROM batch_job_execution", String.class)).containsExactly("STOPPED");
		assertThat(count("SELECT count(*) FROM batch_step_execution WHERE step_name LIKE 'processPartition:%' "
				+ "AND status = 'STOPPED'")).isPositive();
		assertThat(partitionsRunBy(replacement)).isPositive();
		// (what the stopped partitions had not reached is still claimed by the run)
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'PROCESSING'")).isPositive();

		// when ocrJob runs again
		ServiceProcess next = start("manager-2", "--spring.batch.job.name=ocrJob", "--invoice-ocr.partitioning.mode=remote",
				"--invoice-ocr.process.partitions=4");
		assertThat(next.process().waitFor(300, TimeUnit.SECONDS)).as("the next run ended").isTrue();

		// then it took over the stopped partitions' documents, and every document ended once
		assertThat(next.process().exitValue()).as(next.logTail()).isZero();
		assertEveryDocumentEndedOnce();
		assertOnePayloadPerDocument();
	}

	private void assertOnePayloadPerDocument() {
		Map<String, Set<String>> payloadsByKey = servers.receiver().payloadsByKey();
		assertThat(payloadsByKey).hasSize(DOCUMENTS).allSatisfy((key, payloads) -> assertThat(payloads).hasSize(1));
		assertThat(servers.receiver().requests()).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	/** Starts workers and waits until each takes requests. */
	private List<ServiceProcess> readyWorkers(int count) throws Exception {
		List<ServiceProcess> workers = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			workers.add(worker("worker-" + n));
			if (n == 1) {
				workers.get(0).awaitSchema(servers.jdbc(), Duration.ofSeconds(120));
			}
		}
		for (ServiceProcess worker : workers) {
			awaitLog(worker, TAKING);
		}
		return workers;
	}

	private void assertEveryDocumentEndedOnce() {
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'")).isEqualTo(36);
		assertThat(count("SELECT count(*) FROM ocr_document WHERE ocr_status = 'FAILED'")).isEqualTo(4);
		assertThat(servers.jdbc().queryForList("SELECT count(*) FROM ocr_status_transition "
				+ "WHERE to_status IN ('COMPLETED', 'FAILED') GROUP BY document_id", Long.class)).hasSize(DOCUMENTS)
			.containsOnly(1L);
	}

	/** The run's manager as a service (the Deployment shape), driven through the jobs API. */
	private static final class Manager {

		static final String TOKEN = "remote-token";

		private final ServiceProcess process;

		private final int port;

		private final HttpClient http = HttpClient.newHttpClient();

		Manager(ServiceProcess process, int port) {
			this.process = process;
			this.port = port;
		}

		ServiceProcess process() {
			return process;
		}

		long start(String job) throws Exception {
			return executionId(call("POST", "/api/jobs/" + job, "{}"));
		}

		long restart(long execution) throws Exception {
			return executionId(call("POST", "/api/jobs/executions/" + execution + "/restart", ""));
		}

		/** Waits for the execution to end; its status. */
		String awaitEnd(long execution) throws Exception {
			String[] status = new String[1];
			process.awaitWhileRunning(() -> {
				status[0] = JSON.readTree(call("GET", "/api/jobs/executions/" + execution, null)).get("status").asString();
				return !List.of("STARTING", "STARTED", "STOPPING").contains(status[0]);
			}, Duration.ofSeconds(240));
			return status[0];
		}

		void awaitReady() throws Exception {
			process.awaitWhileRunning(() -> {
				try {
					return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
						.build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
				}
				catch (IOException ex) {
					return false;
				}
			}, Duration.ofSeconds(120));
		}

		private static long executionId(String body) {
			JsonNode answer = JSON.readTree(body);
			assertThat(answer.has("executionId")).as(body).isTrue();
			return answer.get("executionId").asLong();
		}

		private String call(String method, String path, String body) throws Exception {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Bearer " + TOKEN)
				.header("Content-Type", "application/json")
				.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
		}

	}

	private Manager manager(String name) throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		Manager manager = new Manager(start(name, "--server.port=" + port, "--invoice-ocr.api.token=" + Manager.TOKEN,
				"--invoice-ocr.partitioning.mode=remote", "--invoice-ocr.process.partitions=8",
				"--invoice-ocr.job.stale-after=2s"), port);
		manager.awaitReady();
		return manager;
	}

	/** The port the process's web server took (it was started on port 0). */
	private static int httpPort(ServiceProcess process) throws Exception {
		Matcher port = Pattern.compile("started on port (\\d+)").matcher(Files.readString(process.log(), StandardCharsets.UTF_8));
		assertThat(port.find()).as(process.logTail()).isTrue();
		return Integer.parseInt(port.group(1));
	}

	private static long partitionsStartedBy(ServiceProcess worker) throws Exception {
		return Files.readString(worker.log(), StandardCharsets.UTF_8)
			.lines()
			.filter(line -> line.contains(" runs processPartition:"))
			.count();
	}

	private ServiceProcess worker(String name) throws Exception {
		// idle workers look for requests only every 10 minutes: they are woken by PostgreSQL's notifications
		return start(name, "--spring.profiles.active=aws,worker", "--server.port=0",
				"--invoice-ocr.partitioning.worker.concurrency=2", "--invoice-ocr.partitioning.worker.idle-poll=10m");
	}

	private ServiceProcess start(String name, String... arguments) throws Exception {
		List<String> all = new ArrayList<>(List.of(arguments));
		all.addAll(List.of("--invoice-ocr.process.chunk-size=2", "--invoice-ocr.partitioning.poll-interval=200ms",
				"--invoice-ocr.partitioning.lease=3s",
				"--invoice-ocr.ingest.receive-wait=1s"));
		all.addAll(servers.webhookArguments());
		ServiceProcess process = ServiceProcess.start(servers.stack(), logs.resolve(name + ".log"), all);
		processes.add(process);
		return process;
	}

	private static void awaitLog(ServiceProcess process, String text) throws Exception {
		process.awaitWhileRunning(() -> Files.readString(process.log(), StandardCharsets.UTF_8).contains(text),
				Duration.ofSeconds(120));
	}

	private static long partitionsRunBy(ServiceProcess worker) throws Exception {
		return Files.readString(worker.log(), StandardCharsets.UTF_8)
			.lines()
			.filter(line -> line.contains("ended processPartition:") && line.contains("COMPLETED"))
			.count();
	}

	private static long count(String sql) {
		return servers.count(sql);
	}

}
