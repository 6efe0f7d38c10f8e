package io.invoiceocr.bench;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import io.invoiceocr.support.TestData;
import io.invoiceocr.InvoiceOcrApplication;
import io.invoiceocr.local.LocalStandIns;
import io.invoiceocr.document.DocumentSource;
import io.invoiceocr.document.NewDocument;
import io.invoiceocr.document.OcrDocumentRepository;
import io.invoiceocr.ingest.sqs.IngestQueue;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.RunIdIncrementer;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Measures ingestion on the embedded stand-ins (ElasticMQ, S3Proxy, PostgreSQL 17), each figure
 * the median of several rounds:
 * <ol>
 * <li>the staging write alone: {@code OcrDocumentRepository.stage} in transactions of one chunk,
 * rows per second;</li>
 * <li>the whole ingest step of {@code ocrJob}: N S3 notifications waiting in the queue (and their
 * objects in S3, for HeadObject), drained, parsed, resolved, staged and deleted, events per
 * second.</li>
 * </ol>
 * Arguments: {@code events=10000 rounds=3 chunk=100 headObject=true}.
 */
public final class IngestBenchmark {

	public static void main(String[] args) throws Exception {
		Settings settings = Settings.parse(args);
		System.out.printf(Locale.ROOT, "ingest benchmark: events=%d rounds=%d chunk=%d headObject=%s, %d cores, Java %s%n",
				settings.events, settings.rounds, settings.chunk, settings.headObject,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try (ConfigurableApplicationContext context = start(settings)) {
			Bench bench = new Bench(context, settings);
			bench.stagingWriteAlone();
			bench.wholeIngestStep();
			long heapMb = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
			System.out.printf(Locale.ROOT, "heap used at end: %d MB%n", heapMb);
		}
	}

	private static ConfigurableApplicationContext start(Settings settings) {
		return new SpringApplicationBuilder(InvoiceOcrApplication.class, LocalStandIns.class).web(WebApplicationType.NONE)
			.profiles(LocalStandIns.PROFILE)
			.run("--invoice-ocr.local.seed-samples=false", "--invoice-ocr.job.print-report=false",
					"--spring.batch.job.enabled=false", "--invoice-ocr.ingest.receive-wait=1s",
					"--invoice-ocr.ingest.chunk-size=" + settings.chunk,
					"--invoice-ocr.ingest.document-id.head-object=" + settings.headObject,
					"--logging.level.root=WARN", "--logging.level.io.invoiceocr.bench=INFO");
	}

	record Settings(int events, int rounds, int chunk, boolean headObject) {

		static Settings parse(String[] args) {
			int events = 10_000;
			int rounds = 3;
			int chunk = 100;
			boolean headObject = true;
			for (String arg : args) {
				String[] pair = arg.split("=", 2);
				switch (pair[0]) {
					case "events" -> events = Integer.parseInt(pair[1]);
					case "rounds" -> rounds = Integer.parseInt(pair[1]);
					case "chunk" -> chunk = Integer.parseInt(pair[1]);
					case "headObject" -> headObject = Boolean.parseBoolean(pair[1]);
					default -> throw new IllegalArgumentException("unknown argument " + arg
							+ " (events=N rounds=N chunk=N headObject=true|false)");
				}
			}
			return new Settings(events, rounds, chunk, headObject);
		}

	}

	private static final class Bench {

		private final Settings settings;

		private final JdbcTemplate jdbc;

		private final TransactionTemplate transaction;

		private final OcrDocumentRepository documents;

		private final IngestQueue queue;

		private final S3Client s3;

		private final JobOperator jobOperator;

		private final Job ingestOnlyJob;

		Bench(ConfigurableApplicationContext context, Settings settings) {
			this.settings = settings;
			this.jdbc = context.getBean(JdbcTemplate.class);
			this.transaction = context.getBean(TransactionTemplate.class);
			this.documents = context.getBean(OcrDocumentRepository.class);
			this.queue = context.getBean(IngestQueue.class);
			this.s3 = context.getBean(S3Client.class);
			this.jobOperator = context.getBean(JobOperator.class);
			// ocrJob's ingest step alone: the documents are not processed here
			this.ingestOnlyJob = new JobBuilder("ingestBenchmark", context.getBean(JobRepository.class))
				.incrementer(new RunIdIncrementer())
				.start(context.getBean("ingestStep", Step.class))
				.build();
		}

		void stagingWriteAlone() {
			List<Double> rates = new ArrayList<>();
			for (int round = 0; round <= settings.rounds; round++) {
				truncate();
				List<NewDocument> batch = IntStream.range(0, settings.events)
					.mapToObj(i -> new NewDocument("bench-" + i, "invoices", "raw-invoices/bench/" + i + ".pdf", null,
							"0123456789abcdef0123456789abcdef", 52_000L, "application/pdf", DocumentSource.SQS,
							Instant.now(), "message-" + i))
					.toList();
				long started = System.nanoTime();
				for (int from = 0; from < batch.size(); from += settings.chunk) {
					List<NewDocument> chunk = batch.subList(from, Math.min(from + settings.chunk, batch.size()));
					transaction.executeWithoutResult(status -> documents.stage(chunk, 1L));
				}
				double seconds = (System.nanoTime() - started) / 1e9;
				if (round > 0) { // round 0 warms the JIT and the database
					rates.add(settings.events / seconds);
				}
			}
			System.out.printf(Locale.ROOT, "staging write alone: median %.0f rows/s over %d rounds of %d rows (chunks of %d) %s%n",
					median(rates), rates.size(), settings.events, settings.chunk, format(rates));
		}

		void wholeIngestStep() throws Exception {
			uploadObjects();
			List<Double> rates = new ArrayList<>();
			for (int round = 0; round < settings.rounds; round++) {
				truncate();
				sendEvents();
				long started = System.nanoTime();
				JobExecution execution = jobOperator.start(ingestOnlyJob, new JobParameters());
				double seconds = (System.nanoTime() - started) / 1e9;
				Long staged = jdbc.queryForObject("SELECT count(*) FROM ocr_document", Long.class);
				if (execution.getStatus() != BatchStatus.COMPLETED || staged == null || staged != settings.events) {
					throw new IllegalStateException("round " + round + " ended " + execution.getStatus() + " with "
							+ staged + " of " + settings.events + " staged");
				}
				// The run ends with one empty long poll of receive-wait (1 s): part of a real run, counted.
				rates.add(settings.events / seconds);
			}
			System.out.printf(Locale.ROOT,
					"ingest step (ElasticMQ -> parse -> %s -> stage -> delete): median %.0f events/s over %d rounds of %d events %s%n",
					settings.headObject ? "HeadObject" : "no HeadObject", median(rates), rates.size(), settings.events,
					format(rates));
		}

		private void uploadObjects() throws Exception {
			if (!settings.headObject) {
				return;
			}
			long started = System.nanoTime();
			ExecutorService pool = Executors.newFixedThreadPool(8);
			List<Future<?>> puts = new ArrayList<>();
			for (int i = 0; i < settings.events; i++) {
				String key = key(i);
				puts.add(pool.submit(() -> s3.putObject(r -> r.bucket("invoices").key(key), RequestBody.fromString("%PDF-1.7"))));
			}
			for (Future<?> put : puts) {
				put.get();
			}
			pool.shutdown();
			System.out.printf(Locale.ROOT, "(setup: uploaded %d objects in %.1f s)%n", settings.events,
					(System.nanoTime() - started) / 1e9);
		}

		private void sendEvents() throws Exception {
			ExecutorService pool = Executors.newFixedThreadPool(4);
			List<Future<?>> sends = new ArrayList<>();
			for (int from = 0; from < settings.events; from += 10) {
				int start = from;
				sends.add(pool.submit(() -> {
					List<SendMessageBatchRequestEntry> entries = IntStream.range(start, Math.min(start + 10, settings.events))
						.mapToObj(i -> SendMessageBatchRequestEntry.builder().id("e" + i).messageBody(event(i)).build())
						.toList();
					queue.client().sendMessageBatch(r -> r.queueUrl(queue.url()).entries(entries));
				}));
			}
			for (Future<?> send : sends) {
				send.get();
			}
			pool.shutdown();
		}

		private void truncate() {
			TestData.truncateServiceTables(jdbc);
		}

		private static String key(int i) {
			return "raw-invoices/2024/05/invoice " + i + ".pdf";
		}

		private static String event(int i) {
			return """
					{"Records":[{"eventVersion":"2.1","eventSource":"aws:s3","awsRegion":"eu-west-1",\
					"eventTime":"2024-05-01T10:00:00.000Z","eventName":"ObjectCreated:Put",\
					"userIdentity":{"principalId":"AWS:AIDAEXAMPLE"},"requestParameters":{"sourceIPAddress":"10.0.0.1"},\
					"responseElements":{"x-amz-request-id":"C3D13FE58DE4C810","x-amz-id-2":"FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD"},\
					"s3":{"s3SchemaVersion":"1.0","configurationId":"uploads","bucket":{"name":"invoices",\
					"ownerIdentity":{"principalId":"A3NL1KOZZKExample"},"arn":"arn:aws:s3:::invoices"},\
					"object":{"key":"raw-invoices/2024/05/invoice+%d.pdf","size":52000,\
					"eTag":"0123456789abcdef0123456789abcdef","sequencer":"0055AED6DCD90281E5"}}}]}""".formatted(i);
		}

	}

	static double median(List<Double> values) {
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String format(List<Double> rates) {
		return rates.stream().map(r -> String.format(Locale.ROOT, "%.0f", r)).toList().toString();
	}

}
