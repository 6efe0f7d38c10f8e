package io.invoiceocr.extract.einvoice;

import org.w3c.dom.Element;

/** Reads the invoice model from the root element of one invoice syntax. Implementations are stateless. */
interface InvoiceMapper {

	/**
	 * @throws InvalidValueException when an element the model needs holds a value the syntax does
	 *                               not allow
	 */
	MappedInvoice map(Element root) throws InvalidValueException;

}
