package io.invoiceocr.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import io.invoiceocr.InvoiceOcrApplication;
import io.invoiceocr.launch.JobLaunches;
import io.invoiceocr.local.EmbeddedS3;
import io.invoiceocr.ocr.OcrEngine;
import io.invoiceocr.ocr.OcrEngines;
import io.invoiceocr.ocr.OcrProperties;
import io.invoiceocr.support.Datasets;
import io.invoiceocr.support.StandaloneStack;
import io.invoiceocr.support.TestData;
import io.invoiceocr.support.WebhookReceiver;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The pipeline against the OCR engine alone, on the same images: the SROIE receipts uploaded to
 * S3Proxy and announced on ElasticMQ, processed by {@code ocrJob} (PostgreSQL 17, rule-based
 * extraction, webhooks to a receiver on loopback) with 1 and 2 partitions; and the same engine
 * settings reading the same files from disk with as many threads. The engine's threads are chosen
 * so that the 2 cores are not oversubscribed: 1 partition reads with 2 intra-op threads, 2
 * partitions with 1 each. Prints documents per minute for both, the ratio, and the time per
 * document spent outside OCR and extraction. With {@code --llm-latency-ms}, extraction goes through
 * an Ollama-protocol server that answers after that latency (no model can run here), to show what
 * partitions beyond the core count gain while a model is awaited.
 *
 * <p>Arguments: {@code [DATASET_DIR] [--limit N] [--partitions 1,2] [--rounds R] [--llm-latency-ms MS]
 * [--llm-partitions 2,4]}; each figure is the median of the rounds.
 */
public final class PipelineBenchmark {

	private static final String USAGE = "usage: bench/pipeline-bench [DATASET_DIR=$INVOICE_OCR_DATASETS/sroie] [--limit N] "
			+ "[--partitions 1,2] [--rounds R] [--llm-latency-ms MS] [--llm-partitions 2,4]";

	private static final String SECRET = "whsec_bench";

	private static final int WARM_UP = 4;

	private final List<Path> images;

	private final StandaloneStack stack;

	private final WebhookReceiver receiver;

	private final int cores = Runtime.getRuntime().availableProcessors();

	private PipelineBenchmark(List<Path> images, StandaloneStack stack, WebhookReceiver receiver) {
		this.images = images;
		this.stack = stack;
		this.receiver = receiver;
	}

	public static void main(String[] args) throws Exception {
		BenchArguments arguments = BenchArguments.parse(args,
				Set.of("--limit", "--partitions", "--rounds", "--llm-latency-ms", "--llm-partitions"), USAGE);
		int rounds = BenchArguments.number("--rounds", arguments.options().getOrDefault("--rounds", "1"), 1);
		Path dataset = arguments.positional().isEmpty() ? Datasets.named("sroie") : Path.of(arguments.positional().get(0));
		int limit = BenchArguments.number("--limit", arguments.options().getOrDefault("--limit", "100"), 1);
		List<Integer> partitions = numbers(arguments.options().getOrDefault("--partitions", "1,2"));
		int llmLatency = BenchArguments.number("--llm-latency-ms", arguments.options().getOrDefault("--llm-latency-ms", "0"), 0);
		List<Integer> llmPartitions = numbers(arguments.options().getOrDefault("--llm-partitions", "2,4"));
		List<Path> images = EvalDataset.files(dataset.resolve("images"), ".jpg");
		images = images.subList(0, Math.min(limit, images.size()));
		if (images.size() <= WARM_UP) {
			throw new IllegalArgumentException("need more than " + WARM_UP + " images in " + dataset.resolve("images"));
		}
		System.out.printf(Locale.ROOT, "pipeline benchmark: %d images from %s, %d cores, Java %s%n", images.size(), dataset,
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
		try (StandaloneStack stack = StandaloneStack.start(); WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
			PipelineBenchmark bench = new PipelineBenchmark(images, stack, receiver);
			bench.upload();
			List<String> rows = new ArrayList<>();
			double bestOcr = 0;
			double bestPipeline = 0;
			for (Setting setting : Setting.forPartitions(partitions, bench.cores)) {
				// the two take turns, round by round, so that a slower spell of the machine hits both
				List<Double> ocrRates = new ArrayList<>();
				List<Run> runs = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					ocrRates.add(bench.ocrAlone(setting.predictors(), setting.intraOpThreads()));
					runs.add(bench.pipeline(setting, null));
				}
				double ocr = IngestBenchmark.median(ocrRates);
				Run pipeline = Run.median(runs);
				bestOcr = Math.max(bestOcr, ocr);
				bestPipeline = Math.max(bestPipeline, pipeline.perMinute());
				rows.add(String.format(Locale.ROOT, "| %d | %d x %d | %.1f | %.1f | %.1f | %.0f%% | %.0f | %.0f | %.0f |",
						setting.partitions(), setting.predictors(), setting.intraOpThreads(), ocr, pipeline.perMinute(),
						pipeline.processPerMinute(), 100 * pipeline.perMinute() / ocr, pipeline.outsideMs(),
						pipeline.medianFetchMs(), pipeline.medianExtractMs()));
			}
			System.out.println();
			System.out.println("| partitions | OCR predictors x intra-op threads | OCR alone docs/min | pipeline docs/min "
					+ "(whole job) | pipeline docs/min (process step) | pipeline / OCR alone | ms per document outside OCR "
					+ "and extraction | median fetch ms | median extract ms |");
			System.out.println("|---|---|---|---|---|---|---|---|---|");
			rows.forEach(System.out::println);
			System.out.printf(Locale.ROOT,
					"best pipeline %.1f docs/min = %.0f%% of the best OCR alone (%.1f docs/min); medians of %d rounds%n",
					bestPipeline, 100 * bestPipeline / bestOcr, bestOcr, rounds);
			if (llmLatency > 0) {
				bench.llmOverlap(llmLatency, llmPartitions);
			}
		}
	}

	/**
	 * A pipeline setting that keeps the cores busy without oversubscribing them: predictors x intra-op
	 * threads = cores.
	 *
	 * @param partitions     partitions of the processing step
	 * @param predictors     OCR predictors (documents read at the same time)
	 * @param intraOpThreads threads of one inference
	 */
	record Setting(int partitions, int predictors, int intraOpThreads) {

		/**
		 * For each partition count p: p predictors of cores/p threads each; and, from 2 partitions on,
		 * also one predictor of all cores, so that one partition fetches, extracts and writes while
		 * another is being read.
		 */
		static List<Setting> forPartitions(List<Integer> partitions, int cores) {
			List<Setting> settings = new ArrayList<>();
			for (int p : partitions) {
				settings.add(new Setting(p, Math.min(p, cores), Math.max(1, cores / p)));
				if (p > 1) {
					settings.add(new Setting(p, 1, cores));
				}
			}
			return settings;
		}

	}

	/** The same engine settings, reading the files from disk with {@code threads} threads; documents per minute. */
	private double ocrAlone(int threads, int intraOpThreads) {
		try (OcrEngine engine = OcrEngines.create(engineSettings(intraOpThreads, threads))) {
			for (Path image : images.subList(0, WARM_UP)) {
				engine.read(image);
			}
			ExecutorService pool = Executors.newFixedThreadPool(threads);
			AtomicInteger next = new AtomicInteger(WARM_UP);
			long started = System.nanoTime();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				workers.add(pool.submit(() -> {
					for (int i; (i = next.getAndIncrement()) < images.size();) {
						engine.read(images.get(i));
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
			pool.shutdown();
			double minutes = (System.nanoTime() - started) / 60e9;
			double perMinute = (images.size() - WARM_UP) / minutes;
			System.out.printf(Locale.ROOT, "OCR alone, %d threads x %d intra-op: %.1f docs/min%n", threads, intraOpThreads,
					perMinute);
			return perMinute;
		}
		catch (Exception ex) {
			throw new IllegalStateException("OCR alone failed", ex);
		}
	}

	/**
	 * One measured ocrJob run over the images (after a warm-up run over the first few): events in
	 * the queue, staged, claimed, read, extracted, written, webhooks delivered.
	 */
	private Run pipeline(Setting setting, String ollamaUrl) throws Exception {
		int partitions = setting.partitions();
		try (ConfigurableApplicationContext context = start(setting, ollamaUrl)) {
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			JobLaunches launches = context.getBean(JobLaunches.class);
			announce(images.subList(0, WARM_UP));
			run(launches, WARM_UP, jdbc);
			TestData.truncateServiceTables(jdbc);
			announce(images.subList(WARM_UP, images.size()));
			int documents = images.size() - WARM_UP;
			long started = System.nanoTime();
			JobExecution execution = run(launches, documents, jdbc);
			double seconds = (System.nanoTime() - started) / 1e9;
			var process = execution.getStepExecutions().stream().filter(s -> s.getStepName().equals("processStep")).findFirst()
				.orElseThrow();
			double processSeconds = Duration.between(process.getStartTime(), process.getEndTime()).toMillis() / 1000.0;
			// thread time of the partitions not spent in OCR or extraction: fetch, database, framework, webhooks
			Double insideMs = jdbc.queryForObject("""
					SELECT sum((ocr_metadata #>> '{timingsMs,ocr}')::numeric + (ocr_metadata #>> '{timingsMs,extract}')::numeric)
					FROM ocr_document""", Double.class);
			double outsideMs = (seconds * 1000 * partitions - (insideMs == null ? 0 : insideMs)) / documents;
			Run run = new Run(documents / (seconds / 60), documents / (processSeconds / 60), outsideMs,
					median(jdbc, "fetch"), median(jdbc, "extract"));
			System.out.printf(Locale.ROOT,
					"pipeline, %d partitions, %d x %d OCR threads%s: %.1f docs/min whole job (%.1f s), %.1f docs/min process step, "
							+ "%.0f ms/doc outside OCR and extraction%n",
					partitions, setting.predictors(), setting.intraOpThreads(), ollamaUrl == null ? "" : ", model answering through " + ollamaUrl,
					run.perMinute(), seconds, run.processPerMinute(), run.outsideMs());
			TestData.truncateServiceTables(jdbc);
			return run;
		}
	}

	private JobExecution run(JobLaunches launches, int documents, JdbcTemplate jdbc) throws Exception {
		JobExecution execution = launches.run("ocrJob", new Properties());
		Long done = jdbc.queryForObject("SELECT count(*) FROM ocr_document WHERE ocr_status = 'COMPLETED'", Long.class);
		if (execution.getStatus() != BatchStatus.COMPLETED || done == null || done != documents) {
			throw new IllegalStateException("ocrJob ended " + execution.getStatus() + " with " + done + " of " + documents
					+ " documents COMPLETED");
		}
		return execution;
	}

	/** Extraction through a model that takes {@code latencyMs} per answer: partitions beyond the cores. */
	private void llmOverlap(int latencyMs, List<Integer> partitionCounts) throws Exception {
		HttpServer ollama = latencyOllama(latencyMs);
		try {
			String url = "http://127.0.0.1:" + ollama.getAddress().getPort();
			System.out.println();
			System.out.printf(Locale.ROOT, "extraction through an Ollama-protocol server answering after %d ms "
					+ "(OCR: %d predictors x 1 intra-op thread)%n", latencyMs, cores);
			for (int p : partitionCounts) {
				pipeline(new Setting(p, cores, 1), url);
			}
		}
		finally {
			ollama.stop(0);
		}
	}

	/**
	 * Answers every {@code /api/chat} after the latency with an answer in the invoice schema that
	 * names nothing (the rules fill what the model left out); a stand-in for the model's time, not
	 * its accuracy.
	 */
	private static HttpServer latencyOllama(int latencyMs) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.setExecutor(Executors.newCachedThreadPool());
		String content = """
				{"vendor": {"name": null, "address": null, "taxId": null, "phone": null, "email": null, "iban": null},
				 "customer": {"name": null, "address": null, "taxId": null}, "invoiceNumber": null, "invoiceDate": null,
				 "dueDate": null, "purchaseOrder": null, "currency": null, "subtotal": null, "taxTotal": null, "total": null,
				 "amountDue": null, "paymentTerms": null, "taxes": [], "lineItems": []}""";
		String body = "{\"model\":\"qwen2.5:7b-instruct\",\"created_at\":\"" + Instant.now()
				+ "\",\"message\":{\"role\":\"assistant\",\"content\":" + quote(content)
				+ "},\"done_reason\":\"stop\",\"done\":true,\"prompt_eval_count\":900,\"eval_count\":120}";
		server.createContext("/api/chat", exchange -> {
			exchange.getRequestBody().readAllBytes();
			TestData.sleep(Duration.ofMillis(latencyMs));
			byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, bytes.length);
			exchange.getResponseBody().write(bytes);
			exchange.close();
		});
		server.start();
		return server;
	}

	private ConfigurableApplicationContext start(Setting setting, String ollamaUrl) {
		List<String> settings = new ArrayList<>();
		stack.settings().forEach(value -> settings.add("--" + value));
		settings.addAll(List.of("--invoice-ocr.process.partitions=" + setting.partitions(),
				"--invoice-ocr.ocr.intra-op-threads=" + setting.intraOpThreads(),
				"--invoice-ocr.ocr.concurrency=" + setting.predictors(),
				"--invoice-ocr.process.reuse-results=false", "--invoice-ocr.process.progress-interval=1h",
				"--invoice-ocr.ingest.receive-wait=1s", "--invoice-ocr.ingest.document-id.head-object=false",
				"--invoice-ocr.webhook.url=" + receiver.url(), "--invoice-ocr.webhook.secret=" + SECRET,
				"--invoice-ocr.extract.repair-round=false", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.io.invoiceocr.bench=INFO"));
		if (ollamaUrl != null) {
			settings.add("--invoice-ocr.extract.llm.base-url=" + ollamaUrl);
		}
		System.setProperty("aws.accessKeyId", EmbeddedS3.ACCESS_KEY);
		System.setProperty("aws.secretAccessKey", EmbeddedS3.SECRET_KEY);
		return new SpringApplicationBuilder(InvoiceOcrApplication.class).web(WebApplicationType.NONE)
			.run(settings.toArray(String[]::new));
	}

	private void upload() throws IOException {
		for (Path image : images) {
			stack.s3().putObject(r -> r.bucket("invoices").key(key(image)), RequestBody.fromFile(image));
		}
	}

	private void announce(List<Path> batch) {
		try (SqsClient sqs = stack.sqsClient()) {
			String queue = sqs.getQueueUrl(r -> r.queueName("uploads")).queueUrl();
			for (Path image : batch) {
				sqs.sendMessage(r -> r.queueUrl(queue).messageBody(TestData.s3Put("invoices", key(image), null,
						"0123456789abcdef0123456789abcdef", Instant.now().toString())));
			}
		}
	}

	private static String key(Path image) {
		return "raw-invoices/bench/" + image.getFileName();
	}

	private static double median(JdbcTemplate jdbc, String stage) {
		Double value = jdbc.queryForObject("SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY (ocr_metadata #>> '{timingsMs,"
				+ stage + "}')::numeric) FROM ocr_document", Double.class);
		return value == null ? 0 : value;
	}

	private static OcrProperties engineSettings(int intraOpThreads, int concurrency) {
		OcrProperties d = OcrProperties.defaults("OnnxRuntime");
		return new OcrProperties(d.engine(), d.modelDir(), d.detLimitSide(), d.smallTextLimitSide(), d.detThreshold(),
				d.boxThreshold(), d.unclipRatio(), d.useAngleClassifier(), d.clsThreshold(), d.detectPageRotation(),
				d.dropScore(), d.alphabet(), d.spaceThreshold(), d.recBatchSize(), intraOpThreads, concurrency, d.device(), d.decode());
	}

	private static List<Integer> numbers(String list) {
		return Arrays.stream(list.split(",")).map(String::trim).map(n -> BenchArguments.number("a partition count", n, 1))
			.toList();
	}

	private static String quote(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	private record Run(double perMinute, double processPerMinute, double outsideMs, double medianFetchMs,
			double medianExtractMs) {

		/** Each figure's median over the rounds. */
		static Run median(List<Run> runs) {
			return new Run(IngestBenchmark.median(runs.stream().map(Run::perMinute).toList()),
					IngestBenchmark.median(runs.stream().map(Run::processPerMinute).toList()),
					IngestBenchmark.median(runs.stream().map(Run::outsideMs).toList()),
					IngestBenchmark.median(runs.stream().map(Run::medianFetchMs).toList()),
					IngestBenchmark.median(runs.stream().map(Run::medianExtractMs).toList()));
		}

	}

}
