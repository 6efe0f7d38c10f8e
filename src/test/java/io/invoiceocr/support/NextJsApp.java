package io.invoiceocr.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The reference main application ({@code examples/nextjs-monolith}) run for real: built with
 * {@code next build} when it has not been, migrated onto a PostgreSQL of its own, and served by
 * {@code next start} on a free loopback port, as its README runs it.
 */
public final class NextJsApp implements AutoCloseable {

	/** Where the app lives, from the project's folder (Maven runs the tests there). */
	public static final Path FOLDER = Path.of("examples", "nextjs-monolith").toAbsolutePath();

	private final EmbeddedPostgres postgres;

	private final Process server;

	private final int port;

	private final Path log;

	private NextJsApp(EmbeddedPostgres postgres, Process server, int port, Path log) {
		this.postgres = postgres;
		this.server = server;
		this.port = port;
		this.log = log;
	}

	/**
	 * Builds (when needed), migrates and starts the app.
	 * @param env the app's settings (WEBHOOK_SECRET, S3_BUCKET, S3_ENDPOINT, ...); DATABASE_URL is set here
	 */
	public static NextJsApp start(Map<String, String> env, Path logs) throws Exception {
		if (!Files.isDirectory(FOLDER.resolve("node_modules"))) {
			run(logs.resolve("npm-ci.log"), Map.of(), Duration.ofMinutes(10), "npm", "ci", "--no-audit", "--no-fund");
		}
		if (!Files.isRegularFile(FOLDER.resolve(".next").resolve("BUILD_ID"))) {
			run(logs.resolve("next-build.log"), Map.of(), Duration.ofMinutes(10), "npm", "run", "build");
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
		Map<String, String> settings = new HashMap<>(env);
		settings.put("DATABASE_URL", "postgresql://postgres@127.0.0.1:" + postgres.getPort() + "/postgres");
		run(logs.resolve("db-migrate.log"), settings, Duration.ofMinutes(2), "npm", "run", "db:migrate");
		int port = freePort();
		Path log = logs.resolve("next-start.log");
		ProcessBuilder builder = new ProcessBuilder(FOLDER.resolve("node_modules/.bin/next").toString(), "start", "-p",
				Integer.toString(port), "-H", "127.0.0.1")
			.directory(FOLDER.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(settings);
		NextJsApp app = new NextJsApp(postgres, builder.start(), port, log);
		app.awaitServing(Duration.ofSeconds(60));
		return app;
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + port + path);
	}

	/** The app's own database. */
	public JdbcTemplate jdbc() {
		return new JdbcTemplate(postgres.getPostgresDatabase());
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
		}
		catch (IOException ex) {
			return "(no log: " + ex + ")";
		}
	}

	private void awaitServing(Duration timeout) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (true) {
			try {
				http.send(HttpRequest.newBuilder(url("/")).GET().build(), HttpResponse.BodyHandlers.discarding());
				return;
			}
			catch (IOException notYet) {
				if (!server.isAlive() || System.nanoTime() > deadline) {
					throw new IllegalStateException("next start did not serve on port " + port + ": " + logTail(), notYet);
				}
				TestData.sleep(Duration.ofMillis(250));
			}
		}
	}

	/** Runs a command in the app's folder, failing with its output when it fails. */
	public static void run(Path log, Map<String, String> env, Duration timeout, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(FOLDER.toFile())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile());
		builder.environment().putAll(env);
		Process process = builder.start();
		if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not end in " + timeout);
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
					+ Files.readString(log));
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Override
	public void close() throws Exception {
		server.destroy();
		if (!server.waitFor(10, TimeUnit.SECONDS)) {
			server.destroyForcibly();
		}
		postgres.close();
	}

}
