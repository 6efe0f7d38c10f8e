package io.invoiceocr.bench;

import java.util.List;

import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.ReadingOrder;
import io.invoiceocr.ocr.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Rebuilding lines with boxes from Tesseract's TSV output. */
class TesseractTsvTest {

	/**
	 * Captured from {@code tesseract X00016469622.jpg stdout -l eng --psm 3 tsv} (Tesseract 5.3.0, SROIE),
	 * blocks 1 and 2: line numbers restart at 1 in every block and paragraph.
	 */
	private static final String CAPTURED = """
			level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
			1\t1\t0\t0\t0\t0\t0\t0\t461\t933\t-1\t
			2\t1\t1\t0\t0\t0\t102\t47\t244\t31\t-1\t
			3\t1\t1\t1\t0\t0\t102\t47\t244\t31\t-1\t
			4\t1\t1\t1\t1\t0\t102\t47\t244\t31\t-1\t
			5\t1\t1\t1\t1\t1\t102\t47\t51\t23\t92.913544\ttan
			5\t1\t1\t1\t1\t2\t165\t52\t91\t18\t92.759460\twoon
			5\t1\t1\t1\t1\t3\t268\t52\t78\t26\t92.788368\tyann
			2\t1\t2\t0\t0\t0\t90\t111\t275\t88\t-1\t
			3\t1\t2\t1\t0\t0\t90\t111\t275\t18\t-1\t
			4\t1\t2\t1\t1\t0\t90\t111\t275\t18\t-1\t
			5\t1\t2\t1\t1\t1\t90\t111\t123\t18\t92.235016\tYONGFATT
			5\t1\t2\t1\t1\t2\t222\t111\t143\t18\t96.654305\tENTERPRISE
			3\t1\t2\t2\t0\t0\t177\t140\t101\t15\t-1\t
			4\t1\t2\t2\t1\t0\t177\t140\t101\t15\t-1\t
			5\t1\t2\t2\t1\t1\t177\t140\t101\t15\t20.007111\t(4M0517726)
			3\t1\t2\t3\t0\t0\t107\t163\t238\t36\t-1\t
			4\t1\t2\t3\t1\t0\t107\t163\t238\t13\t-1\t
			5\t1\t2\t3\t1\t1\t107\t163\t24\t13\t80.363213\tNO
			5\t1\t2\t3\t1\t2\t139\t163\t57\t13\t80.363213\t122.124.
			5\t1\t2\t3\t1\t3\t208\t163\t50\t13\t93.108269\tJALAN
			5\t1\t2\t3\t1\t4\t265\t163\t56\t13\t93.092339\tDEDAP
			5\t1\t2\t3\t1\t5\t331\t163\t14\t13\t78.276291\t13
			4\t1\t2\t3\t2\t0\t140\t185\t175\t14\t-1\t
			5\t1\t2\t3\t2\t1\t140\t186\t47\t13\t90.487045\t81100
			5\t1\t2\t3\t2\t2\t193\t185\t58\t14\t93.256538\tJOHOR
			5\t1\t2\t3\t2\t3\t258\t186\t57\t13\t92.197830\tBAHRU
			""";

	@Test
	void groupsWordsByBlockParagraphAndLine() {
		// given the captured output

		// when
		List<TextLine> lines = TesseractTsv.lines(CAPTURED);

		// then
		assertThat(lines).extracting(TextLine::text)
			.containsExactly("tan woon yann", "YONGFATT ENTERPRISE", "(4M0517726)", "NO 122.124. JALAN DEDAP 13",
					"81100 JOHOR BAHRU");
		assertThat(lines).extracting(TextLine::index).containsExactly(0, 1, 2, 3, 4);
		assertThat(lines).extracting(TextLine::page).containsOnly(1);
	}

	@Test
	void aLineBoxIsTheUnionOfItsWordBoxesAndItsConfidenceTheMeanOverWords() {
		// given the captured output

		// when
		TextLine first = TesseractTsv.lines(CAPTURED).get(0);

		// then: words at (102,47 51x23), (165,52 91x18), (268,52 78x26)
		assertThat(first.box()).isEqualTo(Quad.ofRectangle(102, 47, 346, 78));
		assertThat(first.confidence()).isCloseTo((92.913544 + 92.759460 + 92.788368) / 3 / 100, within(1e-9));
	}

	@Test
	void linesGoThroughTheScoringReadingOrder() {
		// given
		List<TextLine> lines = TesseractTsv.lines(CAPTURED);

		// when
		String text = ReadingOrder.text(lines);

		// then
		assertThat(text).isEqualTo("""
				tan woon yann
				YONGFATT ENTERPRISE
				(4M0517726)
				NO 122.124. JALAN DEDAP 13
				81100 JOHOR BAHRU""");
	}

	@Test
	void skipsWordsWithoutTextAndStrayOutput() {
		// given a word box Tesseract reported without text, and a warning line in the stream
		String tsv = """
				level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext
				Warning: Invalid resolution 0 dpi. Using 70 instead.
				5\t1\t1\t1\t1\t1\t10\t10\t5\t12\t95.0\t\s
				5\t1\t1\t1\t1\t2\t20\t10\t30\t12\t90.0\tTOTAL
				""";

		// when
		List<TextLine> lines = TesseractTsv.lines(tsv);

		// then
		assertThat(lines).extracting(TextLine::text).containsExactly("TOTAL");
		assertThat(lines.get(0).box()).isEqualTo(Quad.ofRectangle(20, 10, 50, 22));
	}

	@Test
	void anEmptyPageHasNoLines() {
		// given the output for a page where Tesseract found nothing
		String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
				+ "1\t1\t0\t0\t0\t0\t0\t0\t461\t933\t-1\t\n";

		// when / then
		assertThat(TesseractTsv.lines(tsv)).isEmpty();
	}

}
