package io.invoiceocr.bench;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** How the engines take turns over the documents. */
class EngineRunTest {

	@TempDir
	Path dir;

	private final AtomicLong nanos = new AtomicLong();

	private final List<String> reads = new ArrayList<>();

	@Test
	void everyDocumentIsReadByEachEngineInTurnAfterTheWarmUp() throws Exception {
		// given two engines, one taking 10 ms a document and one 30 ms, and three documents
		List<EvalDocument> documents = List.of(document("a"), document("b"), document("c"));
		DocumentReader fast = reader("fast", 10);
		DocumentReader slow = reader("slow", 30);

		// when one document is the warm-up
		Map<DocumentReader, List<DocumentOutcome>> outcomes = new EngineRun(nanos::get,
				new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
			.run(List.of(fast, slow), documents, 1, dir.resolve("out"));

		// then the engines alternate document by document, so that neither has the machine's quiet spell
		assertThat(reads).containsExactly("fast:a", "slow:a", "fast:a", "slow:a", "fast:b", "slow:b", "fast:c", "slow:c");
		assertThat(outcomes.get(fast)).extracting(DocumentOutcome::millis).containsExactly(10.0, 10.0, 10.0);
		assertThat(outcomes.get(slow)).extracting(DocumentOutcome::millis).containsExactly(30.0, 30.0, 30.0);
		assertThat(Files.readString(dir.resolve("out/slow/times.tsv"))).isEqualTo("a\t30.0\nb\t30.0\nc\t30.0\n");
		assertThat(Files.readString(dir.resolve("out/fast/b.txt"))).isEqualTo("fast read b\n");
	}

	private EvalDocument document(String id) {
		return new EvalDocument(id, dir.resolve(id + ".pdf"), null);
	}

	private DocumentReader reader(String name, long millis) {
		return new DocumentReader() {

			@Override
			public String name() {
				return name;
			}

			@Override
			public Reading read(Path document) {
				String id = document.getFileName().toString().replace(".pdf", "");
				reads.add(name + ":" + id);
				nanos.addAndGet(millis * 1_000_000);
				return Reading.ofOcrPage(name + " read " + id);
			}

		};
	}

}
