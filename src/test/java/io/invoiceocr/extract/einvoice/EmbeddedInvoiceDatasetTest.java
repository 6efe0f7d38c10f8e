package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.Invoice;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.Party;
import io.invoiceocr.support.Datasets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Reads the published ZUGFeRD and Factur-X sample invoices (ZUGFeRD 1.0, 2.0, Factur-X BASIC WL to
 * EXTENDED) and compares every value with the key that was taken from their XML. Skipped where the
 * dataset is not present.
 * <p>
 * Three key values are not in the invoice model and are compared with what stands for them: the
 * key's {@code line_total} (the header's LineTotalAmount) with the sum of the line amounts, which
 * EN 16931 (BR-CO-10) requires to equal it, so not for an invoice without lines (the BASIC WL
 * profile has none); the seller's {@code tax_number} with the tax id, where
 * the seller has no VAT id; and {@code line_item_count} less the lines that carry only a note,
 * which the reader leaves out. The key's {@code document_type_code} has no counterpart and is not
 * compared.
 */
class EmbeddedInvoiceDatasetTest {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedInvoiceDatasetTest.class);

	private static final Path DATASET = Datasets.named("zugferd");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The ZUGFeRD 1.0 samples that print notes between the items as lines without product,
	 * quantity or amount: the key counts them as lines, the reader does not.
	 */
	private static final Map<String, Integer> NOTE_ONLY_LINES = Map.of("ZUGFeRD_1p0_BASIC_Rechnungskorrektur", 1,
			"ZUGFeRD_1p0_COMFORT_Haftpflichtversicherung_Versicherungssteuer", 2, "ZUGFeRD_1p0_COMFORT_Rabatte", 1,
			"ZUGFeRD_1p0_COMFORT_Sachversicherung_berechneter_Steuersatz", 2);

	private static final EmbeddedInvoiceReader reader = new EmbeddedInvoiceReader();

	private static final AtomicInteger documents = new AtomicInteger();

	private static final AtomicInteger fields = new AtomicInteger();

	static Stream<String> samples() throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(DATASET.resolve("pdf")), "the ZUGFeRD dataset is not present");
		try (Stream<Path> files = Files.list(DATASET.resolve("pdf"))) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".pdf"))
				.map(name -> name.substring(0, name.length() - ".pdf".length()))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("samples")
	void readsEveryValueTheKeyHolds(String sample) throws Exception {
		// given
		Path pdf = DATASET.resolve("pdf").resolve(sample + ".pdf");
		Path keyFile = DATASET.resolve("key").resolve(sample + ".json");
		assumeThat(keyFile).as("key of " + sample).exists();
		JsonNode key = JSON.readTree(keyFile.toFile());

		// when
		EmbeddedInvoice embedded = reader.read(pdf).orElseThrow(() -> new AssertionError(sample + " has no invoice"));

		// then
		Invoice invoice = embedded.invoice();
		Comparison compare = new Comparison(sample);
		compare.text("invoice_number", key.path("invoice_number"), invoice.invoiceNumber());
		compare.date("issue_date", key.path("issue_date"), invoice.invoiceDate());
		compare.date("due_date", key.path("due_date"), invoice.dueDate());
		compare.text("currency", key.path("currency"), invoice.currency());
		compare.party("seller", key.path("seller"), invoice.vendor(), true);
		compare.party("buyer", key.path("buyer"), invoice.customer(), false);
		if (!invoice.lineItems().isEmpty()) {
			compare.amount("line_total", key.path("line_total"), lineTotal(invoice));
		}
		compare.amount("tax_basis_total", key.path("tax_basis_total"), invoice.subtotal());
		compare.amount("tax_total", key.path("tax_total"), invoice.taxTotal());
		compare.amount("grand_total", key.path("grand_total"), invoice.total());
		compare.amount("due_payable", key.path("due_payable"), invoice.amountDue());
		if (!key.path("line_item_count").isNull()) {
			int noteOnly = NOTE_ONLY_LINES.getOrDefault(sample, 0);
			compare.check("line_item_count", key.path("line_item_count").asInt() - noteOnly,
					invoice.lineItems().size());
		}
		if (!key.path("guideline_id").isNull()) {
			compare.check("guideline_id", key.path("guideline_id").asString(), embedded.guideline());
		}
		documents.incrementAndGet();
		compare.softly.assertAll();
	}

	@AfterAll
	static void summarize() {
		log.info("Compared {} values with the key in {} sample invoices", fields.get(), documents.get());
	}

	/** The sum of the line amounts. */
	private static Field<BigDecimal> lineTotal(Invoice invoice) {
		BigDecimal sum = invoice.lineItems()
			.stream()
			.map(LineItem::amount)
			.filter(Objects::nonNull)
			.map(Field::value)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		return XmlValues.field(sum, sum.toPlainString());
	}

	/** Compares key values with fields, counting what it compares, and reports every difference. */
	private static final class Comparison {

		private final String sample;

		private final SoftAssertions softly = new SoftAssertions();

		Comparison(String sample) {
			this.sample = sample;
		}

		void text(String name, JsonNode expected, Field<String> actual) {
			if (!expected.isNull() && !expected.isMissingNode()) {
				check(name, expected.asString(), actual == null ? null : actual.value());
			}
		}

		void date(String name, JsonNode expected, Field<LocalDate> actual) {
			if (!expected.isNull() && !expected.isMissingNode()) {
				check(name, LocalDate.parse(expected.asString()), actual == null ? null : actual.value());
			}
		}

		void amount(String name, JsonNode expected, Field<BigDecimal> actual) {
			if (expected.isNull() || expected.isMissingNode()) {
				return;
			}
			fields.incrementAndGet();
			softly.assertThat(actual).as(sample + ": " + name).isNotNull();
			if (actual != null) {
				softly.assertThat(actual.value())
					.as(sample + ": " + name)
					.isEqualByComparingTo(new BigDecimal(expected.asString()));
			}
		}

		/**
		 * The key keeps a name as the XML writes it, line breaks included, but stripped; the
		 * model's value puts it on one line and its text keeps it exactly as written.
		 */
		void party(String name, JsonNode expected, Party actual, boolean seller) {
			if (!expected.path("name").isNull()) {
				String written = expected.path("name").asString();
				check(name + ".name", written.strip().replaceAll("\\s+", " "), valueOf(actual.name()));
				softly.assertThat(actual.name() == null ? null : actual.name().text().strip())
					.as(sample + ": " + name + ".name as written")
					.isEqualTo(written);
			}
			JsonNode address = expected.path("address");
			if (!address.isMissingNode() && !address.isNull()) {
				check(name + ".address", address(address), valueOf(actual.address()));
			}
			if (!expected.path("vat_id").isNull()) {
				check(name + ".vat_id", expected.path("vat_id").asString(), valueOf(actual.taxId()));
			}
			else if (seller && !expected.path("tax_number").isNull()) {
				check(name + ".tax_number", expected.path("tax_number").asString(), valueOf(actual.taxId()));
			}
		}

		/** The key's address parts, written the way the model writes an address. */
		private static String address(JsonNode address) {
			List<String> parts = new ArrayList<>();
			for (String line : List.of("line1", "line2", "line3")) {
				if (address.hasNonNull(line)) {
					parts.add(address.path(line).asString());
				}
			}
			parts.add(Stream.of("postcode", "city")
				.filter(address::hasNonNull)
				.map(part -> address.path(part).asString())
				.collect(Collectors.joining(" ")));
			if (address.hasNonNull("country")) {
				parts.add(address.path("country").asString());
			}
			return String.join(", ", parts);
		}

		void check(String name, Object expected, Object actual) {
			fields.incrementAndGet();
			softly.assertThat(actual).as(sample + ": " + name).isEqualTo(expected);
		}

		private static String valueOf(Field<String> field) {
			return field == null ? null : field.value();
		}

	}

}
