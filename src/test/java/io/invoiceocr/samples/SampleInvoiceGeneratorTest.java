package io.invoiceocr.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SampleInvoiceGeneratorTest {

	private static final List<String> SAMPLES = List.of(SampleInvoiceGenerator.ACME_PDF,
			SampleInvoiceGenerator.MULLER_PDF, SampleInvoiceGenerator.SCANNED_PNG, SampleInvoiceGenerator.RECEIPT_JPG);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@TempDir
	static Path generated;

	@BeforeAll
	static void generate() throws IOException {
		SampleInvoiceGenerator.generate(generated);
	}

	@Test
	void writesEachSampleWithASidecarAndNothingElse() throws IOException {
		List<String> expected = new ArrayList<>();
		SAMPLES.forEach(name -> expected.addAll(List.of(name, sidecar(name))));
		assertThat(fileNames(generated)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void staysSmallEnoughToShipInTheJar() throws IOException {
		long total = 0;
		for (String name : SAMPLES) {
			long size = Files.size(generated.resolve(name));
			assertThat(size).as(name).isBetween(1_000L, 150_000L);
			total += size;
		}
		assertThat(total).isLessThan(500_000L);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			acme-invoice-2024-0117.pdf        | 1 | INV-2024-0117 | 1,424.16   | Invoice date: 17 Jan 2024
			rechnung-muller-gmbh-RE-88231.pdf | 2 | RE-88231      | 1.733,18 € | Rechnungsdatum 12.03.2024
			""")
	void pdfHasATextLayerWithNumberDateAndTotal(String name, int pages, String number, String total, String date)
			throws IOException {
		try (PDDocument pdf = Loader.loadPDF(generated.resolve(name).toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(pdf.getNumberOfPages()).isEqualTo(pages);
			assertThat(text).contains(number, total, date);
		}
	}

	/** Guards the sidecar against drifting from what the document prints. */
	@ParameterizedTest
	@CsvSource({ "acme-invoice-2024-0117.pdf", "rechnung-muller-gmbh-RE-88231.pdf" })
	void pdfPrintsEveryValueOfItsSidecar(String name) throws IOException {
		JsonNode expected = sidecarOf(name);
		try (PDDocument pdf = Loader.loadPDF(generated.resolve(name).toFile())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains(text(expected, "vendorName"), text(expected, "vendorTaxId"),
					text(expected, "invoiceNumber"));
			for (JsonNode line : expected.get("lineItems")) {
				assertThat(text).contains(text(line, "description"));
			}
		}
	}

	@ParameterizedTest
	@CsvSource({
			"'scanned invoice 0042.png', 1240, 1754, 150",
			"receipt-kedai-runcit.jpg,    576,  900, 203" })
	void imageDecodesAsGrayscaleWithItsResolution(String name, int width, int minHeight, int dpi)
			throws IOException {
		Path file = generated.resolve(name);
		BufferedImage image = ImageIO.read(file.toFile());
		assertThat(image).as(name).isNotNull();
		assertThat(image.getWidth()).isEqualTo(width);
		assertThat(image.getHeight()).isBetween(minHeight, 2000);
		assertThat(image.getRaster().getNumBands()).as("grayscale").isEqualTo(1);
		assertThat(dpiOf(file)).isCloseTo(dpi, within(0.5));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sidecarAmountsAddUp(String name) throws IOException {
		JsonNode expected = sidecarOf(name);
		BigDecimal subtotal = amount(expected, "subtotal");
		BigDecimal lineSum = BigDecimal.ZERO;
		for (JsonNode line : expected.get("lineItems")) {
			BigDecimal computed = amount(line, "quantity").multiply(amount(line, "unitPrice"))
				.setScale(2, RoundingMode.HALF_UP);
			assertThat(amount(line, "amount")).as(text(line, "description")).isEqualTo(computed);
			lineSum = lineSum.add(computed);
		}
		assertThat(lineSum).isEqualTo(subtotal);
		assertThat(subtotal.add(amount(expected, "taxTotal"))).isEqualTo(amount(expected, "total"));
	}

	@ParameterizedTest
	@MethodSource("samples")
	void sidecarDescribesItsFileWithIsoValues(String name) throws IOException {
		JsonNode expected = sidecarOf(name);
		assertThat(text(expected, "file")).isEqualTo(name);
		assertThat(text(expected, "currency")).matches("[A-Z]{3}");
		LocalDate invoiceDate = LocalDate.parse(text(expected, "invoiceDate"));
		if (!expected.get("dueDate").isNull()) {
			assertThat(LocalDate.parse(text(expected, "dueDate"))).isAfter(invoiceDate);
		}
		assertThat(text(expected, "total")).matches("\\d+\\.\\d{2}");
	}

	@Test
	void generatesTheSameBytesEveryTime(@TempDir Path again) throws IOException {
		SampleInvoiceGenerator.generate(again);
		for (String name : fileNames(generated)) {
			assertThat(again.resolve(name)).as(name).hasSameBinaryContentAs(generated.resolve(name));
		}
	}

	/**
	 * The committed samples must be what the generator makes today. PDFs and sidecars use no
	 * machine-dependent input and must match byte for byte; the images go through the JDK's glyph
	 * rasteriser, which may differ between JDK builds, so for them the pixel size must match.
	 */
	@Test
	void committedSamplesAreUpToDate() throws IOException {
		Path committed = Path.of("samples");
		assertThat(committed).as("run from the project root").isDirectory();
		for (String name : fileNames(generated)) {
			Path file = committed.resolve(name);
			assertThat(file).as("%s is committed; regenerate samples/ (see samples/README.md)", name).exists();
			if (name.endsWith(".png") || name.endsWith(".jpg")) {
				assertSamePixelSize(file, generated.resolve(name));
			}
			else {
				assertThat(file).as("%s is up to date; regenerate samples/", name)
					.hasSameBinaryContentAs(generated.resolve(name));
			}
		}
	}

	static Stream<String> samples() {
		return SAMPLES.stream();
	}

	private static void assertSamePixelSize(Path actual, Path expected) throws IOException {
		BufferedImage a = ImageIO.read(actual.toFile());
		BufferedImage e = ImageIO.read(expected.toFile());
		assertThat(a.getWidth()).as(actual.toString()).isEqualTo(e.getWidth());
		assertThat(a.getHeight()).as(actual.toString()).isEqualTo(e.getHeight());
	}

	private static double dpiOf(Path file) throws IOException {
		try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
			ImageReader reader = ImageIO.getImageReaders(in).next();
			try {
				reader.setInput(in);
				IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_1.0");
				IIOMetadataNode size = (IIOMetadataNode) root.getElementsByTagName("HorizontalPixelSize").item(0);
				return 25.4 / Double.parseDouble(size.getAttribute("value"));
			}
			finally {
				reader.dispose();
			}
		}
	}

	private static JsonNode sidecarOf(String name) throws IOException {
		return JSON.readTree(Files.readString(generated.resolve(sidecar(name))));
	}

	private static String sidecar(String name) {
		return name + SampleInvoiceGenerator.SIDECAR_SUFFIX;
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).stringValue();
	}

	private static BigDecimal amount(JsonNode node, String field) {
		return new BigDecimal(text(node, field));
	}

	private static List<String> fileNames(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(file -> file.getFileName().toString()).sorted().toList();
		}
	}

}
