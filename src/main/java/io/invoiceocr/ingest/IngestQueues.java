package io.invoiceocr.ingest;

import io.invoiceocr.config.StartupCheckException;
import io.invoiceocr.ingest.sqs.IngestQueue;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * The upload queue that {@code invoice-ocr.ingest.queue} names, by URL or by name, resolved and
 * checked while the service starts: a wrong name or an unreachable endpoint stops it at once with
 * a message naming the setting, instead of failing the first run at night.
 */
final class IngestQueues {

	private IngestQueues() {
	}

	static IngestQueue resolve(SqsClient sqs, IngestProperties properties) {
		String queue = properties.queue();
		if (queue.startsWith("http://") || queue.startsWith("https://")) {
			if (properties.verifyOnStartup()) {
				verifyQueueUrl(sqs, queue);
			}
			return new IngestQueue(sqs, queue);
		}
		try {
			return new IngestQueue(sqs, sqs.getQueueUrl(r -> r.queueName(queue)).queueUrl());
		}
		catch (AwsServiceException ex) {
			throw new StartupCheckException("invoice-ocr.ingest.queue",
					"cannot resolve SQS queue '" + queue + "': " + ex.getMessage(), ex);
		}
		catch (SdkClientException ex) {
			throw Unreachable.service("invoice-ocr.aws.sqs-endpoint", "SQS", ex);
		}
	}

	private static void verifyQueueUrl(SqsClient sqs, String url) {
		try {
			sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNamesWithStrings("QueueArn"));
		}
		catch (AwsServiceException ex) {
			throw new StartupCheckException("invoice-ocr.ingest.queue",
					"SQS queue " + url + " cannot be used: " + ex.getMessage(), ex);
		}
		catch (SdkClientException ex) {
			throw Unreachable.service("invoice-ocr.aws.sqs-endpoint", "SQS", ex);
		}
	}

}
