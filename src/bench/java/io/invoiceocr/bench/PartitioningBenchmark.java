package io.invoiceocr.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import io.invoiceocr.support.Datasets;
import io.invoiceocr.support.ServiceProcess;
import io.invoiceocr.support.StandaloneStack;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;

import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code ocrJob} over the SROIE receipts with local partitioning, and with remote partitioning to
 * one and to two worker processes, on the same machine and the same data: documents per minute of
 * the processing step, and what each document costs the shared PostgreSQL (statements, rows
 * written, milliseconds of execution, from {@code pg_stat_statements} and {@code pg_stat_database}),
 * split by what the statements serve. Every process is a separate JVM, as deployed.
 */
public final class PartitioningBenchmark {

	private static final String USAGE = "usage: bench/partitioning-bench [DATASET_DIR=$INVOICE_OCR_DATASETS/sroie] [--limit N] "
			+ "[--rounds R]";

	private static final String SECRET = "whsec_bench";

	/** What the statements serve, by the tables they name (the first that matches). */
	private static final Map<String, String> PURPOSES = new LinkedHashMap<>();

	static {
		PURPOSES.put("partition requests (channel)", "int_channel_message");
		PURPOSES.put("partition leases", "partition_lease");
		PURPOSES.put("documents and audit", "ocr_document|ocr_status_transition");
		PURPOSES.put("webhook outbox", "webhook_outbox");
		PURPOSES.put("job repository", "batch_");
	}

	private final List<Path> images;

	private final StandaloneStack stack;

	private final WebhookReceiver receiver;

	private final JdbcTemplate jdbc;

	private final Path logs;

	private PartitioningBenchmark(List<Path> images, StandaloneStack stack, WebhookReceiver receiver) throws IOException {
		this.images = images;
		this.stack = stack;
		this.receiver = receiver;
		this.jdbc = new JdbcTemplate(stack.postgres().getPostgresDatabase());
		this.logs = Files.createTempDirectory("partitioning-bench");
	}

	private record Setting(String name, int workers, int workerConcurrency, int partitions) {

		boolean remote() {
			return workers > 0;
		}

	}

	private record Run(double perMinute, long statements, double rowsWritten, double walBytes, double dbMs,
			Map<String, Double> msByPurpose,
			Map<String, Double> statementsByPurpose) {
	}

	public static void main(String[] args) throws Exception {
		BenchArguments arguments = BenchArguments.parse(args, Set.of("--limit", "--rounds"), USAGE);
		int rounds = BenchArguments.number("--rounds", arguments.options().getOrDefault("--rounds", "1"), 1);
		int limit = BenchArguments.number("--limit", arguments.options().getOrDefault("--limit", "60"), 1);
		Path dataset = arguments.positional().isEmpty() ? Datasets.named("sroie") : Path.of(arguments.positional().get(0));
		List<Path> images = EvalDataset.files(dataset.resolve("images"), ".jpg");
		images = images.subList(0, Math.min(limit, images.size()));
		int cores = Runtime.getRuntime().availableProcessors();
		System.out.printf(Locale.ROOT, "partitioning benchmark: %d images from %s, %d cores, Java %s, %d round(s)%n",
				images.size(), dataset, cores, System.getProperty("java.version"), rounds);
		List<Setting> settings = List.of(new Setting("local, 4 partitions", 0, 0, 4),
				new Setting("remote, 1 worker x 4 threads", 1, 4, 8), new Setting("remote, 2 workers x 2 threads", 2, 2, 8));
		try (StandaloneStack stack = StandaloneStack.start(Map.of("shared_preload_libraries", "pg_stat_statements",
				"pg_stat_statements.track", "all"));
				WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
			PartitioningBenchmark bench = new PartitioningBenchmark(images, stack, receiver);
			// the schema first, so that no run's figures include the migrations
			Flyway.configure().dataSource(stack.postgres().getPostgresDatabase()).locations("classpath:db/migration").load().migrate();
			bench.jdbc.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
			bench.upload();
			Map<Setting, List<Run>> runs = new LinkedHashMap<>();
			for (int round = 1; round <= rounds; round++) {
				for (Setting setting : settings) {
					Run run = bench.run(setting);
					runs.computeIfAbsent(setting, s -> new ArrayList<>()).add(run);
					System.out.printf(Locale.ROOT, "  round %d  %-30s %6.1f docs/min  %5.1f statements/doc  %5.2f ms/doc%n", round,
							setting.name(), run.perMinute(), run.statements() / (double) images.size(),
							run.dbMs() / images.size());
				}
			}
			bench.print(runs);
		}
	}

	private Run run(Setting setting) throws Exception {
		reset();
		List<ServiceProcess> workers = new ArrayList<>();
		try {
			for (int n = 1; n <= setting.workers(); n++) {
				ServiceProcess worker = start("worker-" + n, List.of("--spring.profiles.active=aws,worker", "--server.port=0",
						"--invoice-ocr.partitioning.worker.concurrency=" + setting.workerConcurrency()));
				workers.add(worker);
			}
			for (ServiceProcess worker : workers) {
				worker.awaitWhileRunning(
						() -> Files.readString(worker.log(), StandardCharsets.UTF_8).contains("takes partition requests"),
						Duration.ofSeconds(180));
			}
			announce();
			jdbc.queryForObject("SELECT pg_stat_statements_reset()", Object.class);
			long[] before = writes();
			List<String> manager = new ArrayList<>(List.of("--spring.batch.job.name=ocrJob",
					"--invoice-ocr.process.partitions=" + setting.partitions()));
			if (setting.remote()) {
				manager.add("--invoice-ocr.partitioning.mode=remote");
			}
			ServiceProcess job = start("manager", manager);
			if (!job.process().waitFor(30, TimeUnit.MINUTES) || job.process().exitValue() != 0) {
				throw new IllegalStateException(setting.name() + ": the run did not complete\n" + job.logTail());
			}
			long[] after = writes();
			return measure(after[0] - before[0], after[1] - before[1]);
		}
		finally {
			for (ServiceProcess worker : workers) {
				worker.process().destroy();
				worker.process().waitFor(60, TimeUnit.SECONDS);
			}
		}
	}

	private Run measure(long rowsWritten, long walBytes) {
		Long completed = jdbc.queryForObject("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'", Long.class);
		if (completed == null || completed != images.size()) {
			throw new IllegalStateException(completed + " of " + images.size() + " documents COMPLETED");
		}
		Double seconds = jdbc.queryForObject("SELECT extract(epoch FROM end_time - start_time) FROM batch_step_execution "
				+ "WHERE step_name = 'processStep'", Double.class);
		Map<String, Double> ms = new LinkedHashMap<>();
		Map<String, Double> statements = new LinkedHashMap<>();
		long totalCalls = 0;
		double totalMs = 0;
		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT lower(query) AS query, calls, total_exec_time FROM pg_stat_statements
				WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
				  AND query NOT ILIKE '%pg_stat_%'
				""");
		for (Map<String, Object> row : rows) {
			String query = (String) row.get("query");
			long calls = ((Number) row.get("calls")).longValue();
			double time = ((Number) row.get("total_exec_time")).doubleValue();
			totalCalls += calls;
			totalMs += time;
			String purpose = PURPOSES.entrySet()
				.stream()
				.filter(entry -> Pattern.compile(entry.getValue()).matcher(query).find())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse("other");
			ms.merge(purpose, time, Double::sum);
			statements.merge(purpose, (double) calls, Double::sum);
		}
		return new Run(images.size() * 60.0 / seconds, totalCalls, rowsWritten, walBytes, totalMs, ms, statements);
	}

	/** Rows inserted, updated and deleted in the database so far, and bytes of write-ahead log. */
	private long[] writes() {
		jdbc.execute("SELECT pg_stat_force_next_flush()");
		Long rows = jdbc.queryForObject("SELECT tup_inserted + tup_updated + tup_deleted FROM pg_stat_database "
				+ "WHERE datname = current_database()", Long.class);
		Long wal = jdbc.queryForObject("SELECT wal_bytes::bigint FROM pg_stat_wal", Long.class);
		return new long[] { rows == null ? 0 : rows, wal == null ? 0 : wal };
	}

	private void print(Map<Setting, List<Run>> runs) {
		int documents = images.size();
		System.out.println();
		System.out.println("| setting | docs/min | statements/doc | rows written/doc | WAL KB/doc | DB ms/doc |");
		System.out.println("|---|---|---|---|---|---|");
		for (Map.Entry<Setting, List<Run>> entry : runs.entrySet()) {
			List<Run> list = entry.getValue();
			System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %.2f |%n", entry.getKey().name(),
					median(list.stream().map(Run::perMinute).toList()),
					median(list.stream().map(run -> run.statements() / (double) documents).toList()),
					median(list.stream().map(run -> run.rowsWritten() / documents).toList()),
					median(list.stream().map(run -> run.walBytes() / 1024 / documents).toList()),
					median(list.stream().map(run -> run.dbMs() / documents).toList()));
		}
		System.out.println();
		System.out.println("DB cost per document by purpose (statements / ms), medians:");
		for (Map.Entry<Setting, List<Run>> entry : runs.entrySet()) {
			StringBuilder line = new StringBuilder("  " + entry.getKey().name() + ":");
			Set<String> purposes = new TreeSet<>();
			entry.getValue().forEach(run -> purposes.addAll(run.msByPurpose().keySet()));
			for (String purpose : purposes) {
				line.append(String.format(Locale.ROOT, "  %s %.1f / %.2f", purpose,
						median(entry.getValue().stream().map(run -> run.statementsByPurpose().getOrDefault(purpose, 0.0) / documents).toList()),
						median(entry.getValue().stream().map(run -> run.msByPurpose().getOrDefault(purpose, 0.0) / documents).toList())));
			}
			System.out.println(line);
		}
		System.out.println("(logs of the processes: " + logs + ")");
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private ServiceProcess start(String name, List<String> arguments) throws IOException {
		List<String> all = new ArrayList<>(arguments);
		all.addAll(List.of("--invoice-ocr.ingest.receive-wait=1s", "--invoice-ocr.webhook.url=" + receiver.url(),
				"--invoice-ocr.webhook.secret=" + SECRET, "--invoice-ocr.process.reuse-results=false",
				"--invoice-ocr.ingest.document-id.head-object=false"));
		return ServiceProcess.start(stack, logs.resolve(name + "-" + System.nanoTime() + ".log"), all);
	}

	private void reset() {
		TestData.truncateAll(jdbc);
		receiver.reset();
	}

	private void upload() {
		for (Path image : images) {
			stack.s3().putObject(r -> r.bucket("invoices").key(key(image)), RequestBody.fromFile(image));
		}
	}

	private void announce() {
		try (SqsClient sqs = stack.sqsClient()) {
			String queue = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
			for (Path image : images) {
				sqs.sendMessage(r -> r.queueUrl(queue).messageBody(TestData.s3Put("invoices", key(image), null,
						"0123456789abcdef0123456789abcdef", Instant.now().toString())));
			}
		}
	}

	private static String key(Path image) {
		return "raw-invoices/bench/" + image.getFileName();
	}

}
