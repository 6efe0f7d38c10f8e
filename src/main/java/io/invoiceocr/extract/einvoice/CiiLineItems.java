package io.invoiceocr.extract.einvoice;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

import io.invoiceocr.extract.Field;
import io.invoiceocr.extract.LineItem;

/**
 * The line items of a cross-industry invoice; lines that carry only a note (text printed between
 * the items) are left out.
 */
final class CiiLineItems {

	private final CiiDialect dialect;

	CiiLineItems(CiiDialect dialect) {
		this.dialect = dialect;
	}

	List<LineItem> read(XmlNavigator xml, Element transaction) throws InvalidValueException {
		List<LineItem> items = new ArrayList<>();
		for (Element line : xml.elements(transaction, "ram:IncludedSupplyChainTradeLineItem")) {
			Element delivery = xml.element(line, dialect.lineDelivery);
			Element settlement = xml.element(line, dialect.lineSettlement);
			Field<String> description = XmlValues.text(xml.text(line, "ram:SpecifiedTradeProduct/ram:Name"));
			Field<BigDecimal> quantity = xml.decimal(delivery, "ram:BilledQuantity");
			Field<BigDecimal> amount = xml.decimal(settlement, dialect.lineSummation + "/ram:LineTotalAmount");
			if (description == null && quantity == null && amount == null) {
				continue;
			}
			Field<String> unit = XmlValues.text(xml.text(delivery, "ram:BilledQuantity/@unitCode"));
			Field<BigDecimal> taxRate = xml.decimal(settlement, "ram:ApplicableTradeTax/" + dialect.taxRate);
			items.add(new LineItem(description, quantity, unit,
					unitPrice(xml, xml.element(line, dialect.lineAgreement)), amount, taxRate));
		}
		return items;
	}

	/**
	 * The net price of one unit. A price may be given for a basis quantity (per 100 pieces, say);
	 * the model's unit price is per unit, so it is divided by that quantity. The text stays the
	 * price as written.
	 */
	private Field<BigDecimal> unitPrice(XmlNavigator xml, Element agreement) throws InvalidValueException {
		Element price = xml.element(agreement, "ram:NetPriceProductTradePrice");
		Field<BigDecimal> charge = xml.decimal(price, "ram:ChargeAmount");
		Field<BigDecimal> basis = xml.decimal(price, "ram:BasisQuantity");
		if (charge == null || basis == null || basis.value().signum() == 0
				|| basis.value().compareTo(BigDecimal.ONE) == 0) {
			return charge;
		}
		return XmlValues.field(charge.value().divide(basis.value(), MathContext.DECIMAL64), charge.text());
	}

}
