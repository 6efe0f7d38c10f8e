package io.invoiceocr.extract.table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.invoiceocr.extract.DocumentText;
import io.invoiceocr.extract.Evidence;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.normalize.DecimalStyle;
import io.invoiceocr.ocr.PagePath;
import io.invoiceocr.ocr.PageResult;
import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import io.invoiceocr.ocr.TextLine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Line-item tables read by their columns, on text-layer pages and on skewed scans. */
class LineItemTableTest {

	/** A page built cell by cell: text, left edge and top, in page units, with a print height. */
	private static final class PageBuilder {

		private final List<TextLine> lines = new ArrayList<>();

		private final float height;

		private final double slope;

		PageBuilder(float height, double degrees) {
			this.height = height;
			this.slope = Math.tan(Math.toRadians(degrees));
		}

		/** A cell whose left edge is at {@code left}, about 0.55 of the height wide per character. */
		PageBuilder left(String text, float left, float top) {
			return box(text, left, left + text.length() * height * 0.55f, top);
		}

		/** A cell whose right edge is at {@code right}, as figures stand under their header. */
		PageBuilder right(String text, float right, float top) {
			return box(text, right - text.length() * height * 0.55f, right, top);
		}

		private PageBuilder box(String text, float left, float right, float top) {
			// a skewed page moves every point down by its distance from the left edge times the slope
			Quad box = new Quad(new Point(left, (float) (top + left * slope)), new Point(right, (float) (top + right * slope)),
					new Point(right, (float) (top + height + right * slope)), new Point(left, (float) (top + height + left * slope)));
			lines.add(new TextLine(text, 0.95, box, 1, lines.size()));
			return this;
		}

		DocumentText text() {
			return DocumentText.of(List.of(new PageResult(1, PagePath.TEXT_LAYER, 1700, 2400, 0, lines, "", Map.of())));
		}

	}

	/** A German invoice's table as a text layer sets it: price before quantity, figures right-aligned. */
	private static PageBuilder germanTable(float scale, double degrees) {
		float h = 10 * scale;
		PageBuilder page = new PageBuilder(h, degrees);
		page.left("Rechnung Nr. 2024-118", 30 * scale, 40 * scale);
		page.left("Beschreibung", 30 * scale, 100 * scale).left("Einzelpreis", 320 * scale, 100 * scale)
			.left("Menge", 420 * scale, 100 * scale).right("Summe", 560 * scale, 100 * scale);
		page.left("Fotoshooting (halber Tag)", 30 * scale, 130 * scale).left("468,24 €", 320 * scale, 130 * scale)
			.left("1", 420 * scale, 130 * scale).right("468,24 €", 560 * scale, 130 * scale);
		page.left("Broschüre A4 (16 Seiten),", 30 * scale, 160 * scale).left("1.149,50 €", 320 * scale, 160 * scale)
			.left("29", 420 * scale, 160 * scale).right("33.335,50 €", 560 * scale, 160 * scale);
		page.left("1.000 Exemplare, Falzung", 30 * scale, 172 * scale);
		page.left("Grafikdesign (Stunden)", 30 * scale, 200 * scale).left("24,90 €", 320 * scale, 200 * scale)
			.left("29", 420 * scale, 200 * scale).right("722,10 €", 560 * scale, 200 * scale);
		page.left("Wir bedanken uns für die gute Zusammenarbeit.", 30 * scale, 240 * scale);
		page.left("Zwischensumme", 400 * scale, 270 * scale).right("34.525,84 €", 560 * scale, 270 * scale);
		page.left("MwSt 19%", 400 * scale, 285 * scale).right("6.559,91 €", 560 * scale, 285 * scale);
		page.left("Gesamt", 400 * scale, 300 * scale).right("41.085,75 €", 560 * scale, 300 * scale);
		return page;
	}

	private static List<LineItem> read(PageBuilder page) {
		return new LineItemTable(page.text(), DecimalStyle.COMMA).items();
	}

	@Test
	void readsEachValueFromTheColumnItStandsIn() {
		// given a text-layer table whose unit price comes before the quantity
		PageBuilder page = germanTable(1, 0);

		// when
		List<LineItem> items = read(page);

		// then
		assertThat(items).extracting(item -> item.amount().value().toPlainString())
			.containsExactly("468.24", "33335.50", "722.10");
		LineItem design = items.get(2);
		assertThat(design.description().value()).isEqualTo("Grafikdesign (Stunden)");
		assertThat(design.quantity().value()).isEqualByComparingTo("29");
		assertThat(design.unitPrice().value()).isEqualByComparingTo("24.90");
		assertThat(design.amount().evidence()).extracting(Evidence::text).containsExactly("722,10 €");
		assertThat(design.quantity().evidence()).extracting(Evidence::text).containsExactly("29");
	}

	@Test
	void joinsAWrappedDescriptionAndLeavesTheNoteBelowTheTableAlone() {
		// given an item whose description runs onto a second line, and a thank-you under the table
		PageBuilder page = germanTable(1, 0);

		// when
		List<LineItem> items = read(page);

		// then
		assertThat(items).hasSize(3);
		assertThat(items.get(1).description().value()).isEqualTo("Broschüre A4 (16 Seiten), 1.000 Exemplare, Falzung");
		assertThat(items.get(1).description().evidence()).extracting(Evidence::text)
			.containsExactly("Broschüre A4 (16 Seiten),", "1.000 Exemplare, Falzung");
		assertThat(items).extracting(item -> item.description().value())
			.noneMatch(description -> description.contains("bedanken"));
	}

	@Test
	void keepsAQuantityAndTheAmountApartWhenOcrBoxesThemTogether() {
		// given a scan where OCR read the quantity and the amount of a row as one box
		PageBuilder page = new PageBuilder(30, 0);
		page.left("Description", 100, 300).left("Qty", 1000, 300).right("Amount", 1500, 300);
		page.left("Consulting hours", 100, 380).left("29            722,10 €", 1000, 380);
		page.left("Subtotal", 1200, 460).right("722,10 €", 1500, 460);

		// when
		List<LineItem> items = read(page);

		// then
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.quantity().value()).isEqualByComparingTo("29");
			assertThat(item.amount().value()).isEqualByComparingTo("722.10");
		});
	}

	@Test
	void takesTheAmountThatQuantityTimesPriceGives() {
		// given a table with a net and a gross amount per line
		PageBuilder page = new PageBuilder(10, 0);
		page.left("Item", 30, 100).left("Qty", 250, 100).left("Price", 300, 100).left("Net amount", 380, 100)
			.left("Gross amount", 480, 100);
		page.left("Ballpoint pens, pack of 50", 30, 130).left("4", 250, 130).left("11.90", 300, 130).left("47.60", 380, 130)
			.left("56.64", 480, 130);
		page.left("Total", 380, 170).left("56.64", 480, 170);

		// when
		List<LineItem> items = read(page);

		// then the line's amount is the one quantity times price gives, and the price stays the price
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.amount().value()).isEqualByComparingTo("47.60");
			assertThat(item.unitPrice().value()).isEqualByComparingTo("11.90");
			assertThat(item.description().value()).isEqualTo("Ballpoint pens, pack of 50");
		});
	}

	@Test
	void readsTheSameTableOnAScanFedAskew() {
		// given the German table scanned at three times the size, turned by 1.25 degrees
		PageBuilder page = germanTable(3, 1.25);

		// when
		List<LineItem> items = read(page);

		// then
		assertThat(items).extracting(item -> item.amount().value().toPlainString())
			.containsExactly("468.24", "33335.50", "722.10");
		assertThat(items.get(1).description().value()).isEqualTo("Broschüre A4 (16 Seiten), 1.000 Exemplare, Falzung");
		assertThat(items.get(2).quantity().value()).isEqualByComparingTo("29");
	}

	@Test
	void readsADutchTableWithACodeColumnAndTax() {
		// given a table whose first column is an article code and which has a tax column
		PageBuilder page = new PageBuilder(10, 0);
		page.left("ARTIKEL", 30, 100).left("OMSCHRIJVING", 100, 100).left("EENHEIDSPRIJS", 300, 100)
			.left("AANTAL", 390, 100).left("BELASTING", 440, 100).right("TOTAAL", 560, 100);
		page.left("PEN-50", 30, 130).left("Balpennen blauw, 50 stuks", 100, 130).right("€ 12,80", 370, 130)
			.left("6", 390, 130).left("21%", 440, 130).right("€ 76,80", 560, 130);
		page.left("Subtotaal", 420, 170).right("€ 76,80", 560, 170);

		// when
		List<LineItem> items = read(page);

		// then
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.description().value()).isEqualTo("Balpennen blauw, 50 stuks");
			assertThat(item.amount().value()).isEqualByComparingTo("76.80");
			assertThat(item.taxRate().value()).isEqualByComparingTo("21");
		});
	}

	@Test
	void readsALabelStackedOverSeveralRowsWhereTheHeaderRowLeavesItsColumnEmpty() {
		// given a header whose amount column is labelled over four lines, the header row in their middle
		PageBuilder page = new PageBuilder(10, 0);
		page.left("Art-Nr-Kunde", 74, 573).left("Positions-", 484, 573);
		page.left("Art-Nr-Lief.", 74, 585).left("betrag", 508, 585);
		page.left("Pos", 53, 590).left("Beschreibung", 151, 590).left("Nettopreis", 244, 590).left("Menge", 358, 590)
			.left("USt.", 440, 590);
		page.left("Art-Nr", 74, 596).left("ohne", 520, 596);
		page.left("(Art)", 74, 607).left("USt.", 520, 607);
		page.left("1", 58, 621).left("Grundpreis", 152, 621).left("3,9000", 262, 621).left("1 Stk", 356, 621)
			.left("7 %", 446, 621).right("3,90", 544, 621);
		page.left("2", 58, 672).left("Stadtfahrt", 151, 672).left("2,0000", 262, 672).left("6,5 Stk", 344, 672)
			.left("7 %", 446, 672).right("13,00", 544, 672);
		page.left("Kilometer", 151, 683);
		page.left("Positionssumme", 294, 720).right("16,90", 544, 720);

		// when
		List<LineItem> items = read(page);

		// then the figures under the stacked label are the amounts, not a tax rate or a price
		assertThat(items).extracting(item -> item.amount().value().toPlainString()).containsExactly("3.90", "13.00");
		assertThat(items.get(1).description().value()).isEqualTo("Stadtfahrt Kilometer");
		assertThat(items.get(1).quantity().value()).isEqualByComparingTo("6.5");
		assertThat(items.get(0).taxRate().value()).isEqualByComparingTo("7");
	}

	@Test
	void takesTheAmountFromTheDescriptionsSecondLineWhenTheFirstLeftItOut() {
		// given items whose amount stands a little lower, on the level of their description's second line
		PageBuilder page = new PageBuilder(9, 0);
		page.left("Pos", 70, 106).left("Beschreibung", 191, 106).left("Nettopreis", 340, 106).left("Menge", 400, 106)
			.right("Nettobetrag", 545, 106);
		page.left("1", 70, 135).left("Kfz-Haftpflicht Typkl. 18", 191, 135).left("67,2244", 349, 135).left("1", 417, 135);
		page.left("Regio R9", 191, 144).right("80,00", 545, 143);
		page.left("2", 70, 217).left("Vollkasko Typkl. 21", 191, 217).left("117,6471", 345, 217).left("1", 417, 217);
		page.left("Regio R4", 191, 226).right("140,00", 545, 225);
		page.left("Summe", 400, 300).right("220,00", 545, 300);

		// when
		List<LineItem> items = read(page);

		// then each item keeps its own amount and both description lines
		assertThat(items).extracting(item -> item.description().value())
			.containsExactly("Kfz-Haftpflicht Typkl. 18 Regio R9", "Vollkasko Typkl. 21 Regio R4");
		assertThat(items).extracting(item -> item.amount().value().toPlainString()).containsExactly("80.00", "140.00");
		assertThat(items.get(0).unitPrice().value()).isEqualByComparingTo("67.2244");
	}

}
