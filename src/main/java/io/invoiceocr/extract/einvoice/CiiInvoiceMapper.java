package io.invoiceocr.extract.einvoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.TaxLine;

/**
 * Reads a UN/CEFACT cross-industry invoice: the Cross Industry Invoice D16B of ZUGFeRD 2.x,
 * Factur-X and XRechnung-CII, or the Cross Industry Document of ZUGFeRD 1.0 (see
 * {@link CiiDialect}).
 * <p>
 * The seller's tax id is its VAT id ({@code schemeID="VA"}); a seller without one (a small German
 * business, an insurer) is given its national tax number ({@code schemeID="FC"}, the
 * Steuernummer) instead, because that is the number its invoice prints in place of a VAT id and
 * the one a tax office checks. The buyer's tax id is its VAT id only.
 * <p>
 * The invoice's subtotal is the tax basis ({@code TaxBasisTotalAmount}: the lines' total after
 * document-level allowances and charges), its total the {@code GrandTotalAmount}, its amount due
 * the {@code DuePayableAmount} (less prepayments). Lines that carry only a note (ZUGFeRD 1.0 allows
 * such lines for text printed between the items) are not line items and are left out.
 */
final class CiiInvoiceMapper implements InvoiceMapper {

	private final CiiDialect dialect;

	CiiInvoiceMapper(CiiDialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public MappedInvoice map(Element root) throws InvalidValueException {
		XmlNavigator xml = new XmlNavigator(dialect.namespaces());
		Element document = xml.element(root, dialect.document);
		Element transaction = xml.element(root, dialect.transaction);
		Element agreement = xml.element(transaction, dialect.headerAgreement);
		Element settlement = xml.element(transaction, dialect.headerSettlement);
		Element summation = xml.element(settlement, dialect.headerSummation);

		InvoiceBuilder invoice = new InvoiceBuilder();
		invoice.set(InvoiceField.INVOICE_NUMBER, XmlValues.text(xml.text(document, "ram:ID")));
		invoice.set(InvoiceField.INVOICE_DATE, date(xml, document, "ram:IssueDateTime"));
		// With a cash discount there are several payment terms; the first one carries the net due date.
		invoice.set(InvoiceField.DUE_DATE, date(xml, settlement, "ram:SpecifiedTradePaymentTerms/ram:DueDateDateTime"));
		invoice.set(InvoiceField.PAYMENT_TERMS,
				XmlValues.joined(xml.texts(settlement, "ram:SpecifiedTradePaymentTerms/ram:Description"), "; "));
		invoice.set(InvoiceField.PURCHASE_ORDER,
				XmlValues.text(xml.text(agreement, "ram:BuyerOrderReferencedDocument/" + dialect.referencedId)));
		Field<String> currency = currency(xml, settlement, summation);
		invoice.set(InvoiceField.CURRENCY, currency);

		Element seller = xml.element(agreement, "ram:SellerTradeParty");
		invoice.set(InvoiceField.VENDOR_NAME, XmlValues.text(xml.text(seller, "ram:Name")));
		invoice.set(InvoiceField.VENDOR_ADDRESS, CiiParties.address(xml, seller));
		invoice.set(InvoiceField.VENDOR_TAX_ID, CiiParties.sellerTaxId(xml, seller));
		invoice.set(InvoiceField.VENDOR_PHONE, XmlValues
			.text(xml.text(seller, "ram:DefinedTradeContact/ram:TelephoneUniversalCommunication/ram:CompleteNumber")));
		invoice.set(InvoiceField.VENDOR_EMAIL, CiiParties.email(xml, seller));
		invoice.set(InvoiceField.VENDOR_IBAN, XmlValues.compact(xml.text(settlement,
				"ram:SpecifiedTradeSettlementPaymentMeans/ram:PayeePartyCreditorFinancialAccount/ram:IBANID")));

		Element buyer = xml.element(agreement, "ram:BuyerTradeParty");
		invoice.set(InvoiceField.CUSTOMER_NAME, XmlValues.text(xml.text(buyer, "ram:Name")));
		invoice.set(InvoiceField.CUSTOMER_ADDRESS, CiiParties.address(xml, buyer));
		invoice.set(InvoiceField.CUSTOMER_TAX_ID, CiiParties.taxRegistration(xml, buyer, "VA"));

		invoice.set(InvoiceField.SUBTOTAL, xml.decimal(summation, "ram:TaxBasisTotalAmount"));
		invoice.set(InvoiceField.TAX_TOTAL, taxTotal(xml, summation, currency));
		invoice.set(InvoiceField.TOTAL, xml.decimal(summation, "ram:GrandTotalAmount"));
		invoice.set(InvoiceField.AMOUNT_DUE, xml.decimal(summation, "ram:DuePayableAmount"));
		invoice.taxes(taxes(xml, settlement));
		invoice.lineItems(new CiiLineItems(dialect).read(xml, transaction));

		String guideline = xml.text(root, dialect.context + "/ram:GuidelineSpecifiedDocumentContextParameter/ram:ID");
		return new MappedInvoice(invoice.build(), XmlValues.isBlank(guideline) ? null : guideline.strip());
	}

	private Field<String> currency(XmlNavigator xml, Element settlement, Element summation) {
		Field<String> code = XmlValues.text(xml.text(settlement, "ram:InvoiceCurrencyCode"));
		if (code != null) {
			return code;
		}
		// Some ZUGFeRD 1.0 writers leave the code empty yet state the currency on the amounts.
		return XmlValues.text(xml.text(summation, "ram:GrandTotalAmount/@currencyID"));
	}

	/**
	 * An invoice in a foreign currency states its tax twice, in the invoice currency and in the
	 * seller's tax currency (EN 16931 BT-110 and BT-111): the invoice's own is the one in its
	 * currency.
	 */
	private Field<BigDecimal> taxTotal(XmlNavigator xml, Element summation, Field<String> currency)
			throws InvalidValueException {
		List<Element> totals = xml.elements(summation, "ram:TaxTotalAmount");
		Element chosen = null;
		for (Element total : totals) {
			String currencyId = total.getAttribute("currencyID").strip();
			if (currency != null && currency.value().equals(currencyId)) {
				chosen = total;
				break;
			}
			if (chosen == null && currencyId.isEmpty()) {
				chosen = total;
			}
		}
		if (chosen == null && !totals.isEmpty()) {
			chosen = totals.get(0);
		}
		return chosen == null ? null : XmlValues.decimal(chosen.getTextContent(), "ram:TaxTotalAmount");
	}

	private List<TaxLine> taxes(XmlNavigator xml, Element settlement) throws InvalidValueException {
		List<TaxLine> taxes = new ArrayList<>();
		for (Element tax : xml.elements(settlement, "ram:ApplicableTradeTax")) {
			taxes.add(new TaxLine(xml.decimal(tax, dialect.taxRate), xml.decimal(tax, "ram:BasisAmount"),
					xml.decimal(tax, "ram:CalculatedAmount")));
		}
		return taxes;
	}

	private static Field<LocalDate> date(XmlNavigator xml, Element context, String path)
			throws InvalidValueException {
		Element date = xml.element(context, path + "/udt:DateTimeString");
		if (date == null) {
			return null;
		}
		String format = date.hasAttribute("format") ? date.getAttribute("format") : null;
		return XmlValues.ciiDate(date.getTextContent(), format, path);
	}

}
