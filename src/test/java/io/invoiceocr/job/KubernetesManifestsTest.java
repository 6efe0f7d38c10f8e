package io.invoiceocr.job;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.invoiceocr.ingest.IngestProperties;
import io.invoiceocr.job.remote.PartitioningProperties;
import io.invoiceocr.launch.trigger.LaunchProperties;
import io.invoiceocr.webhook.WebhookProperties;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * The Kubernetes manifests in {@code jobs/kubernetes}, parsed as YAML (no cluster here to dry-run
 * them against): every workload runs the one image as non-root with probes, resources and secrets
 * where they matter, and what it passes the service (arguments, environment variables) is read the
 * way the service reads it.
 */
class KubernetesManifestsTest {

	private static final Path MANIFESTS = Path.of("jobs", "kubernetes");

	private static final List<String> SECRETS = List.of("SPRING_DATASOURCE_URL", "SPRING_DATASOURCE_USERNAME",
			"SPRING_DATASOURCE_PASSWORD", "INVOICE_OCR_WEBHOOK_SECRET");

	/** The workloads: kind, or kind/component where a kind is there twice. */
	private static final List<String> WORKLOADS = List.of("CronJob", "Job", "Deployment/service", "Deployment/worker");

	static List<Map<String, Object>> documents;

	@BeforeAll
	static void parse() throws IOException {
		documents = new ArrayList<>();
		try (Stream<Path> files = Files.list(MANIFESTS)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
				try (Reader reader = Files.newBufferedReader(file)) {
					for (Object document : new Yaml().loadAll(reader)) {
						assertThat(document).as(file + " holds Kubernetes objects").isInstanceOf(Map.class);
						documents.add(map(document));
					}
				}
			}
		}
	}

	@Test
	void everyObjectNamesItsApiKindAndName() {
		assertThat(documents).extracting(d -> d.get("kind"))
			.containsExactlyInAnyOrder("Job", "ConfigMap", "ServiceAccount", "CronJob", "Deployment", "Service", "Deployment",
					"ScaledObject", "TriggerAuthentication");
		assertThat(documents).allSatisfy(d -> {
			assertThat(d.get("apiVersion")).isNotNull();
			assertThat(map(d.get("metadata")).get("name")).isNotNull();
		});
	}

	@Test
	void everyWorkloadRunsTheSameImageAsNonRootWithResourcesSecretsAndTimeToStop() {
		Duration shutdownWait = DurationStyle.detectAndParse(
				(String) map(map(applicationYml().get("spring")).get("lifecycle")).get("timeout-per-shutdown-phase"));
		List<String> images = new ArrayList<>();
		for (String kind : WORKLOADS) {
			Map<String, Object> pod = podSpec(kind);
			Map<String, Object> container = container(kind);
			images.add((String) container.get("image"));
			assertThat(pod.get("serviceAccountName")).as(kind).isEqualTo(name("ServiceAccount"));
			assertThat(map(pod.get("securityContext")).get("runAsNonRoot")).as(kind).isEqualTo(true);
			// Kubernetes kills the pod after this; a run stopping at its chunk boundary needs the service's wait
			assertThat(((Number) pod.get("terminationGracePeriodSeconds")).longValue()).as(kind)
				.isGreaterThan(shutdownWait.toSeconds());
			Map<String, Object> requests = map(map(container.get("resources")).get("requests"));
			Map<String, Object> limits = map(map(container.get("resources")).get("limits"));
			assertThat(requests).as(kind).containsKeys("cpu", "memory");
			assertThat(limits).as(kind).containsKey("memory");
			// the JVM sizes partitions and OCR threads by the CPU limit it sees
			assertThat(limits.get("cpu")).as(kind).isEqualTo(requests.get("cpu"));
			assertThat(envFrom(container)).as(kind).containsExactly(name("ConfigMap"));
			Map<String, Map<String, Object>> env = env(container);
			for (String secret : SECRETS) {
				assertThat(map(env.get(secret).get("valueFrom")).get("secretKeyRef")).as(kind + " " + secret).isNotNull();
			}
			assertThat(env.values()).as(kind + ": no secret written into a manifest")
				.noneMatch(e -> ((String) e.get("name")).matches(".*(PASSWORD|SECRET|TOKEN).*") && e.containsKey("value"));
		}
		assertThat(images).doesNotContainNull().allMatch(images.get(0)::equals);
	}

	@Test
	void theCronJobRunsOcrJobOneAtATimeAndLeavesRetriesToTheNextSchedule() {
		Map<String, Object> spec = map(only("CronJob").get("spec"));
		assertThat((String) spec.get("schedule")).matches("\\S+( \\S+){4}");
		assertThat(spec.get("concurrencyPolicy")).isEqualTo("Forbid");
		assertThat(map(map(spec.get("jobTemplate")).get("spec")).get("backoffLimit")).isEqualTo(0);
		assertThat(podSpec("CronJob").get("restartPolicy")).isEqualTo("Never");
		assertThat(container("CronJob").get("args")).isEqualTo(List.of("--spring.batch.job.name=ocrJob"));
	}

	@Test
	void theBackfillJobPassesParametersTheBackfillAcceptsForAConfiguredSource() throws Exception {
		Map<String, Object> container = container("Job");
		Map<String, String> env = environment(container);
		List<String> args = expand(strings(container.get("args")), env);
		assertThat(args.get(0)).isEqualTo("--spring.batch.job.name=backfillJob");

		// the arguments are job parameters; the backfill validates them against the configured sources
		JobParametersBuilder parameters = new JobParametersBuilder();
		for (String argument : args.subList(1, args.size())) {
			assertThat(argument).contains("=");
			parameters.addString(argument.substring(0, argument.indexOf('=')), argument.substring(argument.indexOf('=') + 1));
		}
		JobParameters jobParameters = parameters.toJobParameters();
		IngestProperties ingest = bind(env, "invoice-ocr.ingest", IngestProperties.class);
		assertThatCode(() -> new BackfillParameters(ingest).validate(jobParameters)).doesNotThrowAnyException();
		assertThat(jobParameters.getString("bucket")).isEqualTo(env.get("BACKFILL_BUCKET"));
		assertThat(podSpec("Job").get("restartPolicy")).isEqualTo("Never");
		// a retried pod restarts the instance; it needs the dead run to be stale by then
		assertThat(DurationStyle.detectAndParse(env.get("INVOICE_OCR_JOB_STALE_AFTER"))).isLessThan(Duration.ofMinutes(10));
	}

	@Test
	void theServiceDeploymentIsProbedOnItsHealthGroupsAndLaunchesOnQueueMessages() {
		Map<String, Object> container = container("Deployment/service");
		assertThat(strings(container.getOrDefault("args", List.of()))).noneMatch(a -> a.startsWith("--spring.batch.job.name"));
		Map<String, Object> port = map(((List<?>) container.get("ports")).get(0));
		assertThat(port.get("containerPort")).isEqualTo(8080);
		assertThat(probe(container, "readinessProbe")).isEqualTo(Map.of("path", "/actuator/health/readiness", "port", port.get("name")));
		assertThat(probe(container, "livenessProbe")).isEqualTo(Map.of("path", "/actuator/health/liveness", "port", port.get("name")));
		assertThat(probe(container, "startupProbe")).isEqualTo(Map.of("path", "/actuator/health/liveness", "port", port.get("name")));
		assertThat(map(env(container).get("INVOICE_OCR_API_TOKEN").get("valueFrom")).get("secretKeyRef")).isNotNull();
		Map<String, String> env = environment(container);
		assertThat(bind(env, "invoice-ocr.launch", LaunchProperties.class).onQueueMessages()).isTrue();

		// the Service reaches these pods on that port, and Prometheus is told where the scrape is
		Map<String, Object> service = map(only("Service").get("spec"));
		Map<String, Object> podLabels = map(map(map(map(only("Deployment/service").get("spec")).get("template")).get("metadata")).get("labels"));
		assertThat(podLabels).containsAllEntriesOf(map(service.get("selector")));
		assertThat(map(((List<?>) service.get("ports")).get(0)).get("targetPort")).isEqualTo(port.get("name"));
		Map<String, Object> annotations = map(map(map(map(only("Deployment/service").get("spec")).get("template")).get("metadata")).get("annotations"));
		assertThat(annotations).containsEntry("prometheus.io/path", "/actuator/prometheus");
		assertThat((String) map(map(map(map(applicationYml().get("management")).get("endpoints")).get("web")).get("exposure"))
			.get("include")).contains("prometheus", "health");
	}

	@Test
	void theSharedSettingsAreReadByTheServiceUnderTheNamesTheyAreMeantFor() {
		Map<String, String> env = environment(container("CronJob"));
		IngestProperties ingest = bind(env, "invoice-ocr.ingest", IngestProperties.class);
		assertThat(ingest.queue()).isEqualTo(env.get("INVOICE_OCR_INGEST_QUEUE"));
		assertThat(ingest.sources()).singleElement().satisfies(source -> {
			assertThat(source.bucket()).isEqualTo(env.get("INVOICE_OCR_INGEST_SOURCES_0_BUCKET"));
			assertThat(source.prefixes()).containsExactly(env.get("INVOICE_OCR_INGEST_SOURCES_0_PREFIXES_0"));
		});
		assertThat(bind(env, "invoice-ocr.webhook", WebhookProperties.class).url()).isEqualTo(env.get("INVOICE_OCR_WEBHOOK_URL"));
		assertThat(bind(env, "invoice-ocr.job", JobProperties.class).staleAfter()).isEqualTo(Duration.ofMinutes(10));
		assertThat(env).containsEntry("SPRING_PROFILES_ACTIVE", "aws");
		assertThat(bind(env, "invoice-ocr.partitioning", PartitioningProperties.class).mode())
			.isEqualTo(env.get("INVOICE_OCR_PARTITIONING_MODE"));
	}

	@Test
	void workersRunTheWorkerProfileAndScaleOnTheirPartitionRequests() throws IOException {
		Map<String, String> env = environment(container("Deployment/worker"));
		assertThat(env.get("SPRING_PROFILES_ACTIVE").split(",")).containsExactly("aws", "worker");
		Map<String, Object> workerProfile;
		try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application-worker.yml"))) {
			workerProfile = map(new Yaml().load(reader));
		}
		assertThat(map(map(map(workerProfile.get("invoice-ocr")).get("partitioning")).get("worker")).get("enabled"))
			.isEqualTo(true);
		assertThat(strings(container("Deployment/worker").getOrDefault("args", List.of()))).isEmpty();
		assertThat(probe(container("Deployment/worker"), "readinessProbe")).containsEntry("path", "/actuator/health/readiness");

		// KEDA scales that Deployment on a query over tables the migrations create
		Map<String, Object> scaled = map(only("ScaledObject").get("spec"));
		assertThat(map(scaled.get("scaleTargetRef")).get("name")).isEqualTo(map(only("Deployment/worker").get("metadata")).get("name"));
		String query = (String) map(map(((List<?>) scaled.get("triggers")).get(0)).get("metadata")).get("query");
		String migration = Files.readString(Path.of("db", "migration", "V5__partition_requests.sql")).toLowerCase();
		assertThat(migration).contains("create table int_channel_message", "create table partition_lease");
		assertThat(query.toLowerCase()).contains("int_channel_message", "partition_lease", "'" + "invoice-ocr" + "'");
	}

	// --- reading the manifests ---

	/** The one object of a kind, or of kind/component ({@code app.kubernetes.io/component}). */
	private static Map<String, Object> only(String kindAndComponent) {
		String kind = kindAndComponent.split("/")[0];
		String component = kindAndComponent.contains("/") ? kindAndComponent.split("/")[1] : null;
		List<Map<String, Object>> found = documents.stream()
			.filter(d -> kind.equals(d.get("kind")))
			.filter(d -> component == null
					|| component.equals(map(map(d.get("metadata")).get("labels")).get("app.kubernetes.io/component")))
			.toList();
		assertThat(found).as(kindAndComponent).hasSize(1);
		return found.get(0);
	}

	private static String name(String kind) {
		return (String) map(only(kind).get("metadata")).get("name");
	}

	private static Map<String, Object> podSpec(String kind) {
		Map<String, Object> spec = map(only(kind).get("spec"));
		// (CronJobs hold a job template)
		if (kind.equals("CronJob")) {
			spec = map(map(spec.get("jobTemplate")).get("spec"));
		}
		return map(map(spec.get("template")).get("spec"));
	}

	private static Map<String, Object> container(String kind) {
		List<?> containers = (List<?>) podSpec(kind).get("containers");
		assertThat(containers).as(kind).hasSize(1);
		return map(containers.get(0));
	}

	private static List<String> envFrom(Map<String, Object> container) {
		return ((List<?>) container.get("envFrom")).stream()
			.map(source -> (String) map(map(source).get("configMapRef")).get("name"))
			.toList();
	}

	private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
		Map<String, Map<String, Object>> env = new LinkedHashMap<>();
		for (Object entry : (List<?>) container.get("env")) {
			env.put((String) map(entry).get("name"), map(entry));
		}
		return env;
	}

	/** What the container's environment holds: the ConfigMap, then its own values (secrets left out). */
	private static Map<String, String> environment(Map<String, Object> container) {
		Map<String, String> environment = new LinkedHashMap<>();
		map(only("ConfigMap").get("data")).forEach((key, value) -> environment.put(key, String.valueOf(value)));
		env(container).forEach((name, entry) -> {
			if (entry.containsKey("value")) {
				environment.put(name, String.valueOf(entry.get("value")));
			}
		});
		return environment;
	}

	/** Kubernetes' $(VAR) expansion in arguments. */
	private static List<String> expand(List<String> args, Map<String, String> env) {
		Pattern reference = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)");
		return args.stream().map(arg -> {
			Matcher matcher = reference.matcher(arg);
			StringBuilder expanded = new StringBuilder();
			while (matcher.find()) {
				assertThat(env).as("$(" + matcher.group(1) + ") in " + arg).containsKey(matcher.group(1));
				matcher.appendReplacement(expanded, Matcher.quoteReplacement(env.get(matcher.group(1))));
			}
			return matcher.appendTail(expanded).toString();
		}).toList();
	}

	private static Map<String, Object> probe(Map<String, Object> container, String probe) {
		assertThat(container).containsKey(probe);
		return map(map(container.get(probe)).get("httpGet"));
	}

	/**
	 * Binds the environment over {@code application.yml} as the service does (relaxed names:
	 * {@code INVOICE_OCR_INGEST_QUEUE} is {@code invoice-ocr.ingest.queue}).
	 */
	private static <T> T bind(Map<String, String> env, String prefix, Class<T> type) {
		MutablePropertySources sources = new MutablePropertySources();
		sources.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, new LinkedHashMap<>(env)));
		try {
			new YamlPropertySourceLoader().load("application.yml", new ClassPathResource("application.yml"))
				.forEach(sources::addLast);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return new Binder(ConfigurationPropertySources.from(sources)).bindOrCreate(prefix, type);
	}

	private static Map<String, Object> applicationYml() {
		try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", "application.yml"))) {
			return map(new Yaml().load(reader));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	private static List<String> strings(Object value) {
		return ((List<?>) value).stream().map(String::valueOf).toList();
	}

}
