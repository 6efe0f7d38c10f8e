package io.invoiceocr.ingest;

import io.invoiceocr.config.StartupCheckException;

import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The service could not be reached at all (connection refused, DNS, TLS, no credentials): the
 * endpoint, region or credentials are wrong, not the queue or bucket name.
 */
final class Unreachable {

	private Unreachable() {
	}

	static StartupCheckException service(String endpointSetting, String service, SdkClientException ex) {
		return new StartupCheckException(endpointSetting, "cannot reach " + service
				+ " (check the endpoint, invoice-ocr.aws.region and the AWS credentials): " + ex.getMessage(), ex);
	}

}
