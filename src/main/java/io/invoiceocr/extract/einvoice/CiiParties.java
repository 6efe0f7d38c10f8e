package io.invoiceocr.extract.einvoice;

import java.util.Arrays;

import org.w3c.dom.Element;

import io.invoiceocr.extract.Field;

/** What a cross-industry invoice says of a trade party: its tax ids, e-mail and postal address. */
final class CiiParties {

	private CiiParties() {
	}

	static Field<String> sellerTaxId(XmlNavigator xml, Element seller) {
		Field<String> vatId = taxRegistration(xml, seller, "VA");
		return vatId != null ? vatId : taxRegistration(xml, seller, "FC");
	}

	static Field<String> taxRegistration(XmlNavigator xml, Element party, String scheme) {
		return XmlValues.compact(xml.text(party, "ram:SpecifiedTaxRegistration/ram:ID[@schemeID='" + scheme + "']"));
	}

	/** The contact's e-mail, else the party's electronic address when it is an e-mail (scheme EM). */
	static Field<String> email(XmlNavigator xml, Element party) {
		Field<String> contact = XmlValues
			.compact(xml.text(party, "ram:DefinedTradeContact/ram:EmailURIUniversalCommunication/ram:URIID"));
		return contact != null ? contact
				: XmlValues.compact(xml.text(party, "ram:URIUniversalCommunication/ram:URIID[@schemeID='EM']"));
	}

	/** The lines of the postal address, then postcode and city, then the country code. */
	static Field<String> address(XmlNavigator xml, Element party) {
		Element address = xml.element(party, "ram:PostalTradeAddress");
		if (address == null) {
			return null;
		}
		String place = Addresses.place(xml.text(address, "ram:PostcodeCode"), xml.text(address, "ram:CityName"));
		return XmlValues.joined(Arrays.asList(xml.text(address, "ram:LineOne"), xml.text(address, "ram:LineTwo"),
				xml.text(address, "ram:LineThree"), place, xml.text(address, "ram:CountryID")), ", ");
	}

}
