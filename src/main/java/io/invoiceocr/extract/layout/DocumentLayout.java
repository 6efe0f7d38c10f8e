package io.invoiceocr.extract.layout;

import java.util.List;

import io.invoiceocr.ocr.PageResult;

/**
 * The layout of each page of a document.
 *
 * @param pages the pages' layouts, in page order
 */
public record DocumentLayout(List<PageLayout> pages) {

	public DocumentLayout {
		pages = List.copyOf(pages);
	}

	public static DocumentLayout of(List<PageResult> pages) {
		return new DocumentLayout(pages.stream().map(PageLayout::of).toList());
	}

	/** The layout of page {@code number} (from 1); an empty layout past the last page. */
	public PageLayout page(int number) {
		return pages.stream().filter(page -> page.page() == number).findFirst().orElse(new PageLayout(number, List.of()));
	}

}
