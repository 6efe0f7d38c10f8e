package io.invoiceocr.bench;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Page CER and exact-line matching on normalised text. */
class OcrScoreTest {

	@Test
	void normalisingLowersCaseCollapsesSpacesTrimsAndDropsEmptyLines() {
		// given
		String text = "  TOTAL\t\tRM   9.00 \n\n   \r\nCASH\u00A0 CHANGE\n";

		// when
		String normalised = OcrScore.normalise(text);

		// then
		assertThat(normalised).isEqualTo("total rm 9.00\ncash change");
	}

	@ParameterizedTest(name = "\"{0}\" vs \"{1}\" = {2}")
	@CsvSource(delimiter = '|', value = {
			"kitten  | sitting | 3",
			"''      | abc     | 3",
			"abc     | ''      | 3",
			"abc     | abc     | 0",
			"abcd    | abd     | 1",
			"ab      | ba      | 2" })
	void levenshteinCountsInsertionsDeletionsAndSubstitutions(String a, String b, int expected) {
		assertThat(OcrScore.levenshtein(a, b)).isEqualTo(expected);
	}

	@Test
	void levenshteinCountsACharacterOutsideTheBasicPlaneOnce() {
		assertThat(OcrScore.levenshtein("a\uD835\uDC00b", "ab")).isEqualTo(1);
	}

	@Test
	void identicalPagesScoreZeroWhateverTheirCaseAndSpacing() {
		// given SROIE's upper-case ground truth and an engine's lower-case, oddly spaced read
		String reference = "TAN WOON YANN\nTOTAL 9.00";
		String hypothesis = "tan  woon   Yann \n\n total 9.00";

		// when
		OcrScore.Page page = OcrScore.page(hypothesis, reference);

		// then
		assertThat(page.distance()).isZero();
		assertThat(page.cer()).isZero();
		assertThat(page.exactLines()).isEqualTo(2);
		assertThat(page.referenceLines()).isEqualTo(2);
	}

	@Test
	void pageCerIsTheDistanceOverTheNormalisedReferenceLength() {
		// given "total 9.00\ncash" = 15 characters; the read lost a space and misread 0 as O
		OcrScore.Page page = OcrScore.page("TOTAL9.0O\nCASH", "TOTAL 9.00\nCASH");

		// then
		assertThat(page.referenceLength()).isEqualTo(15);
		assertThat(page.distance()).isEqualTo(2);
		assertThat(page.cer()).isCloseTo(2.0 / 15, within(1e-12));
		assertThat(page.exactLines()).isEqualTo(1);
	}

	@Test
	void aMissingSpaceInsideALineIsOneError() {
		assertThat(OcrScore.page("JOHORBAHRU", "JOHOR BAHRU").distance()).isEqualTo(1);
	}

	@Test
	void anEmptyReadCostsTheWholeReference() {
		assertThat(OcrScore.page("", "ABC\nDE").cer()).isEqualTo(1.0);
	}

	@Test
	void anEmptyReferenceScoresZeroOnlyForAnEmptyRead() {
		assertThat(OcrScore.page(" \n", "").cer()).isZero();
		assertThat(OcrScore.page("X", "").cer()).isEqualTo(1.0);
	}

	@Test
	void aHypothesisLineMatchesAtMostOneReferenceLine() {
		// given a receipt that prints the same item line twice, read once
		List<String> reference = List.of("1 x 2.50", "1 x 2.50", "total 5.00");
		List<String> hypothesis = List.of("1 x 2.50", "total 5.00", "total 5.00");

		// when
		int matched = OcrScore.exactLines(hypothesis, reference);

		// then
		assertThat(matched).isEqualTo(2);
	}

	@Test
	void exactLinesIgnoreOrderButNotContent() {
		// given lines read in another order, one of them with a wrong character
		OcrScore.Page page = OcrScore.page("Total 5.00\nCASH 10.00\n1 X 2.5O", "1 X 2.50\nTOTAL 5.00\nCASH  10.00");

		// then
		assertThat(page.exactLines()).isEqualTo(2);
		assertThat(page.referenceLines()).isEqualTo(3);
	}

}
