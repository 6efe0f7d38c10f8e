package io.invoiceocr.extract.einvoice;

import java.util.Map;

/**
 * The two generations of the UN/CEFACT cross-industry invoice that PDFs carry. ZUGFeRD 1.0 used an
 * early draft (the Cross Industry Document, with version 12 of the reusable entities); ZUGFeRD 2.x,
 * Factur-X and XRechnung use the Cross Industry Invoice D16B. The business content is the same, so
 * one mapper reads both, with the element names that differ taken from here.
 */
enum CiiDialect {

	D16B("urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100",
			"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100",
			"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100", "rsm:ExchangedDocumentContext",
			"rsm:ExchangedDocument", "rsm:SupplyChainTradeTransaction", "ram:ApplicableHeaderTradeAgreement",
			"ram:ApplicableHeaderTradeSettlement", "ram:SpecifiedTradeSettlementHeaderMonetarySummation",
			"ram:IssuerAssignedID", "ram:RateApplicablePercent", "ram:SpecifiedLineTradeAgreement",
			"ram:SpecifiedLineTradeDelivery", "ram:SpecifiedLineTradeSettlement",
			"ram:SpecifiedTradeSettlementLineMonetarySummation"),

	ZUGFERD_1("urn:ferd:CrossIndustryDocument:invoice:1p0",
			"urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12",
			"urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15", "rsm:SpecifiedExchangedDocumentContext",
			"rsm:HeaderExchangedDocument", "rsm:SpecifiedSupplyChainTradeTransaction",
			"ram:ApplicableSupplyChainTradeAgreement", "ram:ApplicableSupplyChainTradeSettlement",
			"ram:SpecifiedTradeSettlementMonetarySummation", "ram:ID", "ram:ApplicablePercent",
			"ram:SpecifiedSupplyChainTradeAgreement", "ram:SpecifiedSupplyChainTradeDelivery",
			"ram:SpecifiedSupplyChainTradeSettlement", "ram:SpecifiedTradeSettlementMonetarySummation");

	private final Map<String, String> namespaces;

	final String context;

	final String document;

	final String transaction;

	final String headerAgreement;

	final String headerSettlement;

	final String headerSummation;

	/** The identifier of a referenced document, such as the buyer's order. */
	final String referencedId;

	final String taxRate;

	final String lineAgreement;

	final String lineDelivery;

	final String lineSettlement;

	final String lineSummation;

	CiiDialect(String rsm, String ram, String udt, String context, String document, String transaction,
			String headerAgreement, String headerSettlement, String headerSummation, String referencedId,
			String taxRate, String lineAgreement, String lineDelivery, String lineSettlement, String lineSummation) {
		this.namespaces = Map.of("rsm", rsm, "ram", ram, "udt", udt);
		this.context = context;
		this.document = document;
		this.transaction = transaction;
		this.headerAgreement = headerAgreement;
		this.headerSettlement = headerSettlement;
		this.headerSummation = headerSummation;
		this.referencedId = referencedId;
		this.taxRate = taxRate;
		this.lineAgreement = lineAgreement;
		this.lineDelivery = lineDelivery;
		this.lineSettlement = lineSettlement;
		this.lineSummation = lineSummation;
	}

	/** The prefixes the paths use: {@code rsm} for the root's namespace, {@code ram}, {@code udt}. */
	Map<String, String> namespaces() {
		return namespaces;
	}

}
