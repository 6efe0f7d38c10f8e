package io.invoiceocr.extract.einvoice;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.InvoiceBuilder;
import io.invoiceocr.extract.InvoiceField;
import io.invoiceocr.extract.LineItem;
import io.invoiceocr.extract.TaxLine;

/**
 * Reads an OASIS UBL 2.1 Invoice or CreditNote, as XRechnung-UBL and Peppol BIS use them.
 * <p>
 * A party's name is its legal name ({@code cac:PartyLegalEntity/cbc:RegistrationName}, like
 * CII's {@code ram:Name}), else its trading name. The seller's tax id is its VAT id (the
 * {@code cac:PartyTaxScheme} whose scheme is {@code VAT}); a seller without one is given its
 * other tax registration (the national tax number) instead, as in {@link CiiInvoiceMapper}. The
 * subtotal is {@code TaxExclusiveAmount}, the total {@code TaxInclusiveAmount}, the amount due
 * {@code PayableAmount}. A credit note's amounts are read as written: UBL states them positive.
 */
final class UblInvoiceMapper implements InvoiceMapper {

	private static final Map<String, String> NAMESPACES = Map.of("cac",
			"urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2", "cbc",
			"urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2");

	/** The two UBL documents an invoice can be, which differ in their line elements. */
	enum Kind {

		INVOICE("cac:InvoiceLine", "cbc:InvoicedQuantity"),

		CREDIT_NOTE("cac:CreditNoteLine", "cbc:CreditedQuantity");

		private final String line;

		private final String quantity;

		Kind(String line, String quantity) {
			this.line = line;
			this.quantity = quantity;
		}

	}

	private final Kind kind;

	UblInvoiceMapper(Kind kind) {
		this.kind = kind;
	}

	@Override
	public MappedInvoice map(Element root) throws InvalidValueException {
		XmlNavigator xml = new XmlNavigator(NAMESPACES);
		InvoiceBuilder invoice = new InvoiceBuilder();
		invoice.set(InvoiceField.INVOICE_NUMBER, XmlValues.text(xml.text(root, "cbc:ID")));
		invoice.set(InvoiceField.INVOICE_DATE, date(xml, root, "cbc:IssueDate"));
		// An invoice has its own due date; a credit note has one only in its payment means.
		boolean ownDueDate = xml.element(root, "cbc:DueDate") != null;
		invoice.set(InvoiceField.DUE_DATE,
				date(xml, root, ownDueDate ? "cbc:DueDate" : "cac:PaymentMeans/cbc:PaymentDueDate"));
		invoice.set(InvoiceField.PAYMENT_TERMS, XmlValues.joined(xml.texts(root, "cac:PaymentTerms/cbc:Note"), "; "));
		invoice.set(InvoiceField.PURCHASE_ORDER, XmlValues.text(xml.text(root, "cac:OrderReference/cbc:ID")));
		Field<String> currency = XmlValues.text(xml.text(root, "cbc:DocumentCurrencyCode"));
		invoice.set(InvoiceField.CURRENCY, currency);

		Element seller = xml.element(root, "cac:AccountingSupplierParty/cac:Party");
		invoice.set(InvoiceField.VENDOR_NAME, name(xml, seller));
		invoice.set(InvoiceField.VENDOR_ADDRESS, address(xml, seller));
		invoice.set(InvoiceField.VENDOR_TAX_ID, sellerTaxId(xml, seller));
		invoice.set(InvoiceField.VENDOR_PHONE, XmlValues.text(xml.text(seller, "cac:Contact/cbc:Telephone")));
		invoice.set(InvoiceField.VENDOR_EMAIL, XmlValues.compact(xml.text(seller, "cac:Contact/cbc:ElectronicMail")));
		invoice.set(InvoiceField.VENDOR_IBAN,
				XmlValues.compact(xml.text(root, "cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID")));

		Element buyer = xml.element(root, "cac:AccountingCustomerParty/cac:Party");
		invoice.set(InvoiceField.CUSTOMER_NAME, name(xml, buyer));
		invoice.set(InvoiceField.CUSTOMER_ADDRESS, address(xml, buyer));
		invoice.set(InvoiceField.CUSTOMER_TAX_ID, vatId(xml, buyer));

		Element totals = xml.element(root, "cac:LegalMonetaryTotal");
		invoice.set(InvoiceField.SUBTOTAL, xml.decimal(totals, "cbc:TaxExclusiveAmount"));
		invoice.set(InvoiceField.TOTAL, xml.decimal(totals, "cbc:TaxInclusiveAmount"));
		invoice.set(InvoiceField.AMOUNT_DUE, xml.decimal(totals, "cbc:PayableAmount"));
		Element taxTotal = taxTotal(xml, root, currency);
		invoice.set(InvoiceField.TAX_TOTAL, xml.decimal(taxTotal, "cbc:TaxAmount"));
		invoice.taxes(taxes(xml, taxTotal));
		invoice.lineItems(lineItems(xml, root));

		String guideline = xml.text(root, "cbc:CustomizationID");
		return new MappedInvoice(invoice.build(), XmlValues.isBlank(guideline) ? null : guideline.strip());
	}

	/**
	 * An invoice in a foreign currency has a second tax total in the seller's tax currency (EN 16931
	 * BT-111), without a breakdown: the invoice's own is the one in its currency.
	 */
	private static Element taxTotal(XmlNavigator xml, Element root, Field<String> currency) {
		List<Element> totals = xml.elements(root, "cac:TaxTotal");
		for (Element total : totals) {
			String currencyId = xml.text(total, "cbc:TaxAmount/@currencyID");
			if (currency != null && currencyId != null && currency.value().equals(currencyId.strip())) {
				return total;
			}
		}
		return totals.isEmpty() ? null : totals.get(0);
	}

	private static List<TaxLine> taxes(XmlNavigator xml, Element taxTotal) throws InvalidValueException {
		List<TaxLine> taxes = new ArrayList<>();
		for (Element subtotal : xml.elements(taxTotal, "cac:TaxSubtotal")) {
			taxes.add(new TaxLine(xml.decimal(subtotal, "cac:TaxCategory/cbc:Percent"),
					xml.decimal(subtotal, "cbc:TaxableAmount"), xml.decimal(subtotal, "cbc:TaxAmount")));
		}
		return taxes;
	}

	private List<LineItem> lineItems(XmlNavigator xml, Element root) throws InvalidValueException {
		List<LineItem> items = new ArrayList<>();
		for (Element line : xml.elements(root, kind.line)) {
			Field<String> name = XmlValues.text(xml.text(line, "cac:Item/cbc:Name"));
			items.add(new LineItem(name != null ? name : XmlValues.text(xml.text(line, "cac:Item/cbc:Description")),
					xml.decimal(line, kind.quantity), XmlValues.text(xml.text(line, kind.quantity + "/@unitCode")),
					unitPrice(xml, xml.element(line, "cac:Price")), xml.decimal(line, "cbc:LineExtensionAmount"),
					xml.decimal(line, "cac:Item/cac:ClassifiedTaxCategory/cbc:Percent")));
		}
		return items;
	}

	/** The net price of one unit: a price given for a base quantity is divided by it, as in CII. */
	private static Field<BigDecimal> unitPrice(XmlNavigator xml, Element price) throws InvalidValueException {
		Field<BigDecimal> amount = xml.decimal(price, "cbc:PriceAmount");
		Field<BigDecimal> base = xml.decimal(price, "cbc:BaseQuantity");
		if (amount == null || base == null || base.value().signum() == 0
				|| base.value().compareTo(BigDecimal.ONE) == 0) {
			return amount;
		}
		return XmlValues.field(amount.value().divide(base.value(), MathContext.DECIMAL64), amount.text());
	}

	private static Field<String> name(XmlNavigator xml, Element party) {
		Field<String> legal = XmlValues.text(xml.text(party, "cac:PartyLegalEntity/cbc:RegistrationName"));
		return legal != null ? legal : XmlValues.text(xml.text(party, "cac:PartyName/cbc:Name"));
	}

	private static Field<String> sellerTaxId(XmlNavigator xml, Element seller) {
		Field<String> vatId = vatId(xml, seller);
		return vatId != null ? vatId
				: XmlValues.compact(xml.text(seller, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID!='VAT']/cbc:CompanyID"));
	}

	private static Field<String> vatId(XmlNavigator xml, Element party) {
		return XmlValues.compact(xml.text(party, "cac:PartyTaxScheme[cac:TaxScheme/cbc:ID='VAT']/cbc:CompanyID"));
	}

	/** The street lines, then postcode and city, then the country code, as for CII. */
	private static Field<String> address(XmlNavigator xml, Element party) {
		Element address = xml.element(party, "cac:PostalAddress");
		if (address == null) {
			return null;
		}
		String place = Addresses.place(xml.text(address, "cbc:PostalZone"), xml.text(address, "cbc:CityName"));
		return XmlValues.joined(Arrays.asList(xml.text(address, "cbc:StreetName"),
				xml.text(address, "cbc:AdditionalStreetName"), xml.text(address, "cac:AddressLine/cbc:Line"), place,
				xml.text(address, "cac:Country/cbc:IdentificationCode")), ", ");
	}

	private static Field<LocalDate> date(XmlNavigator xml, Element context, String path)
			throws InvalidValueException {
		return XmlValues.isoDate(xml.text(context, path), path);
	}

}
