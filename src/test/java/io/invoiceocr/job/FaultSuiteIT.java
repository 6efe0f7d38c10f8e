package io.invoiceocr.job;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.invoiceocr.support.HostileFiles;
import io.invoiceocr.support.HostileFiles.HostileFile;
import io.invoiceocr.support.InvoicePdfs;
import io.invoiceocr.support.ProcessTestServers;
import io.invoiceocr.support.ServiceProcess;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import software.amazon.awssdk.core.sync.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault suite: a corpus of broken and hostile files ({@link HostileFiles}) and three good
 * invoices, through one backfill in a JVM with a pod-sized heap. Whatever a file does to a reader,
 * the run ends, every document ends COMPLETED or FAILED with a reason a person can act on, the good
 * invoices are read, and every result is reported to the webhook receiver once.
 */
class FaultSuiteIT {

	private static final String SECRET = "whsec_faults";

	/** The size limit of this run; one file of the corpus is over it. */
	private static final int MAX_BYTES = 3_000_000;

	/** Words of a reason that tells a person what to do about it, or what the document lacks. */
	private static final Pattern ACTIONABLE = Pattern.compile(
			"raise |upload it|upload the |save it|scan it|ask its sender|re-save|re-export|check that|no invoice data|password");

	@RegisterExtension
	static final ProcessTestServers servers = new ProcessTestServers(SECRET);

	private static final List<HostileFile> corpus = HostileFiles.corpus(MAX_BYTES + 500_000);

	@TempDir
	Path logs;

	@BeforeAll
	static void uploadCorpus() {
		for (int n = 0; n < corpus.size(); n++) {
			byte[] content = corpus.get(n).content();
			int index = n;
			servers.stack().s3().putObject(r -> r.bucket("invoices").key(key(index, corpus.get(index))),
					RequestBody.fromBytes(content));
		}
		for (int n = 1; n <= 3; n++) {
			int invoice = n;
			servers.stack().s3().putObject(r -> r.bucket("invoices").key("hostile/good-" + invoice + "/invoice.pdf"),
					RequestBody.fromBytes(InvoicePdfs.invoice(invoice)));
		}
	}

	@Test
	void everyHostileFileFailsAloneWithAReasonAndTheRunEnds() throws Exception {
		// when one backfill reads the corpus, in a JVM with a 1 GiB heap and a 20 s limit per document
		ServiceProcess run = ServiceProcess.start(servers.stack(), logs.resolve("backfill.log"),
				List.of("-Xmx1g"), arguments());
		int exit = run.awaitExit(Duration.ofMinutes(12));

		// then the run ended by itself, successfully
		Map<String, Map<String, Object>> outcomes = outcomes();
		report(outcomes, run.peakResidentMib());
		assertThat(exit).as(run.logTail()).isZero();
		// and every document ended, none PROCESSING or PENDING
		assertThat(outcomes).hasSize(corpus.size() + 3);
		assertThat(outcomes.values()).extracting(outcome -> outcome.get("ocr_status"))
			.containsOnly("COMPLETED", "FAILED");
		// and each file ended as it should, with a reason that says what happened in words
		for (int n = 0; n < corpus.size(); n++) {
			HostileFile file = corpus.get(n);
			Map<String, Object> outcome = outcomes.get(key(n, file));
			assertThat(outcome.get("ocr_status")).as(file.kind() + ": " + outcome.get("error")).isEqualTo(file.expected());
			if ("FAILED".equals(file.expected())) {
				assertThat((String) outcome.get("error")).as(file.kind())
					.contains(file.reason())
					.doesNotContainIgnoringCase("exception")
					.doesNotContainIgnoringCase("unexpected")
					.doesNotContain("null")
					.matches(reason -> ACTIONABLE.matcher(reason).find(), "says what to do");
			}
		}
		// and the good invoices were read
		for (int n = 1; n <= 3; n++) {
			Map<String, Object> good = outcomes.get("hostile/good-" + n + "/invoice.pdf");
			assertThat(good.get("ocr_status")).as(String.valueOf(good.get("error"))).isEqualTo("COMPLETED");
			assertThat((String) good.get("invoice")).contains(InvoicePdfs.facts(n).number());
		}
		// and every result was reported once, signed
		Map<String, Set<String>> payloads = servers.receiver().payloadsByKey();
		assertThat(payloads).hasSize(outcomes.size()).allSatisfy((key, sent) -> assertThat(sent).hasSize(1));
		assertThat(servers.receiver().requests()).allSatisfy(request -> assertThat(request.signatureValid()).isTrue());
	}

	private static List<String> arguments() {
		List<String> arguments = new ArrayList<>(List.of("--spring.batch.job.name=backfillJob",
				"--invoice-ocr.ingest.document-id.head-object=false", "--invoice-ocr.process.partitions=2",
				"--invoice-ocr.process.chunk-size=2", "--invoice-ocr.process.document-timeout=20s",
				"--invoice-ocr.ocr.decode.max-bytes=" + MAX_BYTES, "bucket=invoices", "prefix=hostile/"));
		arguments.addAll(servers.webhookArguments());
		return arguments;
	}

	private static String key(int n, HostileFile file) {
		return "hostile/doc-%02d/%s".formatted(n, file.fileName());
	}

	private static Map<String, Map<String, Object>> outcomes() {
		Map<String, Map<String, Object>> outcomes = new LinkedHashMap<>();
		servers.jdbc()
			.queryForList("SELECT object_key, ocr_status, error, invoice::text AS invoice FROM ocr_document "
					+ "ORDER BY object_key")
			.forEach(row -> outcomes.put((String) row.get("object_key"), row));
		return outcomes;
	}

	/** The table the fault suite is read by: each kind, how it ended and why. */
	private static void report(Map<String, Map<String, Object>> outcomes, long peakResidentMib) {
		StringBuilder table = new StringBuilder("\nFault suite: " + outcomes.size() + " documents, peak resident memory "
				+ peakResidentMib + " MiB\n");
		for (int n = 0; n < corpus.size(); n++) {
			Map<String, Object> outcome = outcomes.getOrDefault(key(n, corpus.get(n)), Map.of());
			table.append("%-28s %-10s %s%n".formatted(corpus.get(n).kind(), outcome.get("ocr_status"), outcome.get("error")));
		}
		System.out.println(table);
	}

}
