package io.invoiceocr.ocr.decode;

/**
 * An opened document whose pages are decoded one at a time, on request, so that a 200-page scan
 * never sits in memory whole. Holds the file open until closed; not safe for concurrent use.
 */
public interface DecodedDocument extends AutoCloseable {

	/** The type detected from the content: {@code application/pdf}, {@code image/png}, ... */
	String mediaType();

	int pageCount();

	/**
	 * Decodes one page. Nothing of it is kept: asking again decodes it again.
	 * @param number from 1 to {@link #pageCount()}
	 * @throws DocumentDecodeException when this page cannot be decoded or exceeds a limit
	 * @throws IndexOutOfBoundsException when there is no such page
	 */
	DecodedPage page(int number) throws DocumentDecodeException;

	@Override
	void close();

}
