package io.invoiceocr.extract.einvoice;

/**
 * Invoice XMLs in each syntax, small but complete enough to exercise every mapped field. Tests
 * vary them with {@link String#replace}, so each test shows only what it changes.
 */
final class InvoiceXmls {

	/** A Factur-X EN 16931 invoice (CII D16B). */
	static final String CII = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
			    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
			    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
			  <rsm:ExchangedDocumentContext>
			    <ram:GuidelineSpecifiedDocumentContextParameter>
			      <ram:ID>urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:en16931</ram:ID>
			    </ram:GuidelineSpecifiedDocumentContextParameter>
			  </rsm:ExchangedDocumentContext>
			  <rsm:ExchangedDocument>
			    <ram:ID>F-2024-0042</ram:ID>
			    <ram:TypeCode>380</ram:TypeCode>
			    <ram:IssueDateTime><udt:DateTimeString format="102">20240315</udt:DateTimeString></ram:IssueDateTime>
			  </rsm:ExchangedDocument>
			  <rsm:SupplyChainTradeTransaction>
			    <ram:IncludedSupplyChainTradeLineItem>
			      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
			      <ram:SpecifiedTradeProduct><ram:Name>Conseil
			        en organisation</ram:Name></ram:SpecifiedTradeProduct>
			      <ram:SpecifiedLineTradeAgreement>
			        <ram:NetPriceProductTradePrice>
			          <ram:ChargeAmount>1250.00</ram:ChargeAmount>
			          <ram:BasisQuantity unitCode="HUR">10</ram:BasisQuantity>
			        </ram:NetPriceProductTradePrice>
			      </ram:SpecifiedLineTradeAgreement>
			      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="HUR">8</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
			      <ram:SpecifiedLineTradeSettlement>
			        <ram:ApplicableTradeTax>
			          <ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
			          <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>
			        </ram:ApplicableTradeTax>
			        <ram:SpecifiedTradeSettlementLineMonetarySummation>
			          <ram:LineTotalAmount>1000.00</ram:LineTotalAmount>
			        </ram:SpecifiedTradeSettlementLineMonetarySummation>
			      </ram:SpecifiedLineTradeSettlement>
			    </ram:IncludedSupplyChainTradeLineItem>
			    <ram:IncludedSupplyChainTradeLineItem>
			      <ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>
			      <ram:SpecifiedTradeProduct><ram:Name>Frais de déplacement</ram:Name></ram:SpecifiedTradeProduct>
			      <ram:SpecifiedLineTradeAgreement>
			        <ram:NetPriceProductTradePrice><ram:ChargeAmount>150.00</ram:ChargeAmount></ram:NetPriceProductTradePrice>
			      </ram:SpecifiedLineTradeAgreement>
			      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">1</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
			      <ram:SpecifiedLineTradeSettlement>
			        <ram:ApplicableTradeTax>
			          <ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode>
			          <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>
			        </ram:ApplicableTradeTax>
			        <ram:SpecifiedTradeSettlementLineMonetarySummation>
			          <ram:LineTotalAmount>150.00</ram:LineTotalAmount>
			        </ram:SpecifiedTradeSettlementLineMonetarySummation>
			      </ram:SpecifiedLineTradeSettlement>
			    </ram:IncludedSupplyChainTradeLineItem>
			    <ram:ApplicableHeaderTradeAgreement>
			      <ram:SellerTradeParty>
			        <ram:Name>Atelier Lumière SARL</ram:Name>
			        <ram:DefinedTradeContact>
			          <ram:PersonName>Claire Martin</ram:PersonName>
			          <ram:TelephoneUniversalCommunication><ram:CompleteNumber>+33 4 90 12 34 56</ram:CompleteNumber></ram:TelephoneUniversalCommunication>
			          <ram:EmailURIUniversalCommunication><ram:URIID>compta@atelier-lumiere.fr</ram:URIID></ram:EmailURIUniversalCommunication>
			        </ram:DefinedTradeContact>
			        <ram:PostalTradeAddress>
			          <ram:PostcodeCode>84000</ram:PostcodeCode>
			          <ram:LineOne>12 rue des Teinturiers</ram:LineOne>
			          <ram:LineTwo>Bâtiment B</ram:LineTwo>
			          <ram:CityName>Avignon</ram:CityName>
			          <ram:CountryID>FR</ram:CountryID>
			        </ram:PostalTradeAddress>
			        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">FR 32 123456789</ram:ID></ram:SpecifiedTaxRegistration>
			      </ram:SellerTradeParty>
			      <ram:BuyerTradeParty>
			        <ram:Name>Müller Maschinenbau GmbH</ram:Name>
			        <ram:PostalTradeAddress>
			          <ram:PostcodeCode>70173</ram:PostcodeCode>
			          <ram:LineOne>Industriestraße 5</ram:LineOne>
			          <ram:CityName>Stuttgart</ram:CityName>
			          <ram:CountryID>DE</ram:CountryID>
			        </ram:PostalTradeAddress>
			        <ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration>
			      </ram:BuyerTradeParty>
			      <ram:BuyerOrderReferencedDocument><ram:IssuerAssignedID>PO-7781</ram:IssuerAssignedID></ram:BuyerOrderReferencedDocument>
			    </ram:ApplicableHeaderTradeAgreement>
			    <ram:ApplicableHeaderTradeDelivery/>
			    <ram:ApplicableHeaderTradeSettlement>
			      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
			      <ram:SpecifiedTradeSettlementPaymentMeans>
			        <ram:TypeCode>58</ram:TypeCode>
			        <ram:PayeePartyCreditorFinancialAccount><ram:IBANID>FR76 3000 6000 0112 3456 7890 189</ram:IBANID></ram:PayeePartyCreditorFinancialAccount>
			      </ram:SpecifiedTradeSettlementPaymentMeans>
			      <ram:ApplicableTradeTax>
			        <ram:CalculatedAmount>230.00</ram:CalculatedAmount>
			        <ram:TypeCode>VAT</ram:TypeCode>
			        <ram:BasisAmount>1150.00</ram:BasisAmount>
			        <ram:CategoryCode>S</ram:CategoryCode>
			        <ram:RateApplicablePercent>20.00</ram:RateApplicablePercent>
			      </ram:ApplicableTradeTax>
			      <ram:SpecifiedTradePaymentTerms>
			        <ram:Description>Paiement à 30 jours</ram:Description>
			        <ram:DueDateDateTime><udt:DateTimeString format="102">20240414</udt:DateTimeString></ram:DueDateDateTime>
			      </ram:SpecifiedTradePaymentTerms>
			      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
			        <ram:LineTotalAmount>1150.00</ram:LineTotalAmount>
			        <ram:TaxBasisTotalAmount>1150.00</ram:TaxBasisTotalAmount>
			        <ram:TaxTotalAmount currencyID="EUR">230.00</ram:TaxTotalAmount>
			        <ram:GrandTotalAmount>1380.00</ram:GrandTotalAmount>
			        <ram:TotalPrepaidAmount>380.00</ram:TotalPrepaidAmount>
			        <ram:DuePayableAmount>1000.00</ram:DuePayableAmount>
			      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
			    </ram:ApplicableHeaderTradeSettlement>
			  </rsm:SupplyChainTradeTransaction>
			</rsm:CrossIndustryInvoice>
			""";

	/** A ZUGFeRD 1.0 invoice whose first line is a note only, as ZUGFeRD 1.0 allows. */
	static final String ZUGFERD_1 = """
			<?xml version="1.0" encoding="UTF-8"?>
			<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0"
			    xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12"
			    xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
			  <rsm:SpecifiedExchangedDocumentContext>
			    <ram:GuidelineSpecifiedDocumentContextParameter>
			      <ram:ID>urn:ferd:CrossIndustryDocument:invoice:1p0:basic</ram:ID>
			    </ram:GuidelineSpecifiedDocumentContextParameter>
			  </rsm:SpecifiedExchangedDocumentContext>
			  <rsm:HeaderExchangedDocument>
			    <ram:ID>471102</ram:ID>
			    <ram:TypeCode>380</ram:TypeCode>
			    <ram:IssueDateTime><udt:DateTimeString format="102">20130305</udt:DateTimeString></ram:IssueDateTime>
			  </rsm:HeaderExchangedDocument>
			  <rsm:SpecifiedSupplyChainTradeTransaction>
			    <ram:ApplicableSupplyChainTradeAgreement>
			      <ram:SellerTradeParty>
			        <ram:Name>Lieferant GmbH</ram:Name>
			        <ram:PostalTradeAddress>
			          <ram:PostcodeCode>80333</ram:PostcodeCode>
			          <ram:LineOne>Lieferantenstraße 20</ram:LineOne>
			          <ram:CityName>München</ram:CityName>
			          <ram:CountryID>DE</ram:CountryID>
			        </ram:PostalTradeAddress>
			        <ram:SpecifiedTaxRegistration><ram:ID schemeID="FC">201/113/40209</ram:ID></ram:SpecifiedTaxRegistration>
			      </ram:SellerTradeParty>
			      <ram:BuyerTradeParty><ram:Name>Kunden AG Mitte</ram:Name></ram:BuyerTradeParty>
			      <ram:BuyerOrderReferencedDocument><ram:ID>2013-471331</ram:ID></ram:BuyerOrderReferencedDocument>
			    </ram:ApplicableSupplyChainTradeAgreement>
			    <ram:ApplicableSupplyChainTradeSettlement>
			      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
			      <ram:ApplicableTradeTax>
			        <ram:CalculatedAmount currencyID="EUR">37.62</ram:CalculatedAmount>
			        <ram:TypeCode>VAT</ram:TypeCode>
			        <ram:BasisAmount currencyID="EUR">198.00</ram:BasisAmount>
			        <ram:ApplicablePercent>19.00</ram:ApplicablePercent>
			      </ram:ApplicableTradeTax>
			      <ram:SpecifiedTradeSettlementMonetarySummation>
			        <ram:LineTotalAmount currencyID="EUR">198.00</ram:LineTotalAmount>
			        <ram:TaxBasisTotalAmount currencyID="EUR">198.00</ram:TaxBasisTotalAmount>
			        <ram:TaxTotalAmount currencyID="EUR">37.62</ram:TaxTotalAmount>
			        <ram:GrandTotalAmount currencyID="EUR">235.62</ram:GrandTotalAmount>
			      </ram:SpecifiedTradeSettlementMonetarySummation>
			    </ram:ApplicableSupplyChainTradeSettlement>
			    <ram:IncludedSupplyChainTradeLineItem>
			      <ram:AssociatedDocumentLineDocument>
			        <ram:IncludedNote><ram:Content>Wir berechnen Ihnen:</ram:Content></ram:IncludedNote>
			      </ram:AssociatedDocumentLineDocument>
			      <ram:SpecifiedSupplyChainTradeSettlement/>
			    </ram:IncludedSupplyChainTradeLineItem>
			    <ram:IncludedSupplyChainTradeLineItem>
			      <ram:SpecifiedSupplyChainTradeAgreement>
			        <ram:NetPriceProductTradePrice><ram:ChargeAmount currencyID="EUR">9.9000</ram:ChargeAmount></ram:NetPriceProductTradePrice>
			      </ram:SpecifiedSupplyChainTradeAgreement>
			      <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">20.0000</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
			      <ram:SpecifiedSupplyChainTradeSettlement>
			        <ram:ApplicableTradeTax><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
			        <ram:SpecifiedTradeSettlementMonetarySummation>
			          <ram:LineTotalAmount currencyID="EUR">198.00</ram:LineTotalAmount>
			        </ram:SpecifiedTradeSettlementMonetarySummation>
			      </ram:SpecifiedSupplyChainTradeSettlement>
			      <ram:SpecifiedTradeProduct><ram:Name>Trennblätter A4</ram:Name></ram:SpecifiedTradeProduct>
			    </ram:IncludedSupplyChainTradeLineItem>
			  </rsm:SpecifiedSupplyChainTradeTransaction>
			</rsm:CrossIndustryDocument>
			""";

	/** An XRechnung 3.0 invoice in UBL. */
	static final String UBL_INVOICE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<ubl:Invoice xmlns:ubl="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
			    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
			    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
			  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
			  <cbc:ID>RE-2024-118</cbc:ID>
			  <cbc:IssueDate>2024-05-02</cbc:IssueDate>
			  <cbc:DueDate>2024-06-01</cbc:DueDate>
			  <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
			  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
			  <cbc:BuyerReference>04011000-12345-03</cbc:BuyerReference>
			  <cac:OrderReference><cbc:ID>BE-5531</cbc:ID></cac:OrderReference>
			  <cac:AccountingSupplierParty>
			    <cac:Party>
			      <cbc:EndpointID schemeID="EM">rechnung@schreinerei-holz.de</cbc:EndpointID>
			      <cac:PartyName><cbc:Name>Schreinerei Holz</cbc:Name></cac:PartyName>
			      <cac:PostalAddress>
			        <cbc:StreetName>Sägewerkstraße 3</cbc:StreetName>
			        <cbc:CityName>Freiburg</cbc:CityName>
			        <cbc:PostalZone>79098</cbc:PostalZone>
			        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
			      </cac:PostalAddress>
			      <cac:PartyTaxScheme>
			        <cbc:CompanyID>DE 298 765 432</cbc:CompanyID>
			        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
			      </cac:PartyTaxScheme>
			      <cac:PartyLegalEntity><cbc:RegistrationName>Schreinerei Holz GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
			      <cac:Contact>
			        <cbc:Name>Eva Holz</cbc:Name>
			        <cbc:Telephone>+49 761 123456</cbc:Telephone>
			        <cbc:ElectronicMail>eva@schreinerei-holz.de</cbc:ElectronicMail>
			      </cac:Contact>
			    </cac:Party>
			  </cac:AccountingSupplierParty>
			  <cac:AccountingCustomerParty>
			    <cac:Party>
			      <cac:PostalAddress>
			        <cbc:StreetName>Rathausplatz 2</cbc:StreetName>
			        <cbc:AdditionalStreetName>Amt für Liegenschaften</cbc:AdditionalStreetName>
			        <cbc:CityName>Freiburg</cbc:CityName>
			        <cbc:PostalZone>79098</cbc:PostalZone>
			        <cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>
			      </cac:PostalAddress>
			      <cac:PartyLegalEntity><cbc:RegistrationName>Stadt Freiburg</cbc:RegistrationName></cac:PartyLegalEntity>
			    </cac:Party>
			  </cac:AccountingCustomerParty>
			  <cac:PaymentMeans>
			    <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
			    <cac:PayeeFinancialAccount><cbc:ID>DE02 1203 0000 0000 2020 51</cbc:ID></cac:PayeeFinancialAccount>
			  </cac:PaymentMeans>
			  <cac:PaymentTerms><cbc:Note>Zahlbar innerhalb von 30 Tagen ohne Abzug</cbc:Note></cac:PaymentTerms>
			  <cac:TaxTotal>
			    <cbc:TaxAmount currencyID="EUR">171.00</cbc:TaxAmount>
			    <cac:TaxSubtotal>
			      <cbc:TaxableAmount currencyID="EUR">900.00</cbc:TaxableAmount>
			      <cbc:TaxAmount currencyID="EUR">171.00</cbc:TaxAmount>
			      <cac:TaxCategory>
			        <cbc:ID>S</cbc:ID>
			        <cbc:Percent>19</cbc:Percent>
			        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
			      </cac:TaxCategory>
			    </cac:TaxSubtotal>
			  </cac:TaxTotal>
			  <cac:LegalMonetaryTotal>
			    <cbc:LineExtensionAmount currencyID="EUR">900.00</cbc:LineExtensionAmount>
			    <cbc:TaxExclusiveAmount currencyID="EUR">900.00</cbc:TaxExclusiveAmount>
			    <cbc:TaxInclusiveAmount currencyID="EUR">1071.00</cbc:TaxInclusiveAmount>
			    <cbc:PayableAmount currencyID="EUR">1071.00</cbc:PayableAmount>
			  </cac:LegalMonetaryTotal>
			  <cac:InvoiceLine>
			    <cbc:ID>1</cbc:ID>
			    <cbc:InvoicedQuantity unitCode="HUR">12</cbc:InvoicedQuantity>
			    <cbc:LineExtensionAmount currencyID="EUR">780.00</cbc:LineExtensionAmount>
			    <cac:Item>
			      <cbc:Name>Montage Einbauschrank</cbc:Name>
			      <cac:ClassifiedTaxCategory>
			        <cbc:ID>S</cbc:ID>
			        <cbc:Percent>19</cbc:Percent>
			        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
			      </cac:ClassifiedTaxCategory>
			    </cac:Item>
			    <cac:Price><cbc:PriceAmount currencyID="EUR">65.00</cbc:PriceAmount></cac:Price>
			  </cac:InvoiceLine>
			  <cac:InvoiceLine>
			    <cbc:ID>2</cbc:ID>
			    <cbc:InvoicedQuantity unitCode="H87">3</cbc:InvoicedQuantity>
			    <cbc:LineExtensionAmount currencyID="EUR">120.00</cbc:LineExtensionAmount>
			    <cac:Item>
			      <cbc:Name>Scharniere Edelstahl</cbc:Name>
			      <cac:ClassifiedTaxCategory>
			        <cbc:ID>S</cbc:ID>
			        <cbc:Percent>19</cbc:Percent>
			        <cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme>
			      </cac:ClassifiedTaxCategory>
			    </cac:Item>
			    <cac:Price>
			      <cbc:PriceAmount currencyID="EUR">4000.00</cbc:PriceAmount>
			      <cbc:BaseQuantity unitCode="H87">100</cbc:BaseQuantity>
			    </cac:Price>
			  </cac:InvoiceLine>
			</ubl:Invoice>
			""";

	/** A UBL credit note: its lines and quantities have their own element names. */
	static final String UBL_CREDIT_NOTE = """
			<?xml version="1.0" encoding="UTF-8"?>
			<CreditNote xmlns="urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
			    xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
			    xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
			  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</cbc:CustomizationID>
			  <cbc:ID>GS-2024-007</cbc:ID>
			  <cbc:IssueDate>2024-05-20</cbc:IssueDate>
			  <cbc:CreditNoteTypeCode>381</cbc:CreditNoteTypeCode>
			  <cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>
			  <cac:AccountingSupplierParty><cac:Party>
			    <cac:PartyLegalEntity><cbc:RegistrationName>Schreinerei Holz GmbH</cbc:RegistrationName></cac:PartyLegalEntity>
			  </cac:Party></cac:AccountingSupplierParty>
			  <cac:PaymentMeans>
			    <cbc:PaymentMeansCode>30</cbc:PaymentMeansCode>
			    <cbc:PaymentDueDate>2024-05-30</cbc:PaymentDueDate>
			  </cac:PaymentMeans>
			  <cac:TaxTotal><cbc:TaxAmount currencyID="EUR">7.60</cbc:TaxAmount></cac:TaxTotal>
			  <cac:LegalMonetaryTotal>
			    <cbc:TaxExclusiveAmount currencyID="EUR">40.00</cbc:TaxExclusiveAmount>
			    <cbc:TaxInclusiveAmount currencyID="EUR">47.60</cbc:TaxInclusiveAmount>
			    <cbc:PayableAmount currencyID="EUR">47.60</cbc:PayableAmount>
			  </cac:LegalMonetaryTotal>
			  <cac:CreditNoteLine>
			    <cbc:ID>1</cbc:ID>
			    <cbc:CreditedQuantity unitCode="H87">1</cbc:CreditedQuantity>
			    <cbc:LineExtensionAmount currencyID="EUR">40.00</cbc:LineExtensionAmount>
			    <cac:Item><cbc:Name>Scharniere, zurückgesandt</cbc:Name></cac:Item>
			    <cac:Price><cbc:PriceAmount currencyID="EUR">40.00</cbc:PriceAmount></cac:Price>
			  </cac:CreditNoteLine>
			</CreditNote>
			""";

	private InvoiceXmls() {
	}

}
