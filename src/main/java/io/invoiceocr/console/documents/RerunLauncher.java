package io.invoiceocr.console.documents;

import java.util.List;
import java.util.Properties;

import io.invoiceocr.document.OcrStatus;
import io.invoiceocr.launch.JobLaunches;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Turns a choice in the document list into a {@code rerunFailedJob} launch, whose parameters are
 * checked by the job's own validator as on the command line: the selected documents by id, or all
 * FAILED documents matching the filter. A filter of the error text alone is passed as
 * {@code errorContains}, so it selects any number of documents; a filter on dates or the key prefix
 * is resolved to the matching ids, as many as a job parameter can hold.
 */
@Component
class RerunLauncher {

	static final String JOB = "rerunFailedJob";

	/** Spring Batch keeps a parameter's value in a column of 2,500 characters. */
	static final int MAX_IDS_LENGTH = 2_500;

	private final JobLaunches launches;

	private final DocumentList list;

	RerunLauncher(JobLaunches launches, DocumentList list) {
		this.launches = launches;
		this.list = list;
	}

	JobExecution selected(List<String> documentIds) throws Exception {
		if (documentIds == null || documentIds.isEmpty()) {
			throw new IllegalArgumentException("select the documents to re-run first");
		}
		return launch("documentIds", joined(documentIds));
	}

	JobExecution allMatching(DocumentFilter filter) throws Exception {
		DocumentFilter failed = new DocumentFilter(OcrStatus.FAILED, filter.error(), filter.from(), filter.to(),
				filter.prefix(), null);
		if (failed.onlyStatusAndError()) {
			return failed.error() == null ? launch("all", "true") : launch("errorContains", failed.error());
		}
		List<String> ids = list.ids(failed, MAX_IDS_LENGTH / 2);
		if (ids.isEmpty()) {
			throw new IllegalArgumentException("no FAILED document matches the filter");
		}
		return launch("documentIds", joined(ids));
	}

	private String joined(List<String> ids) {
		String joined = String.join(",", ids);
		if (joined.length() > MAX_IDS_LENGTH) {
			throw new IllegalArgumentException("too many documents for one re-run by id (" + ids.size()
					+ "): narrow the filter, or filter by error text alone, which has no such limit");
		}
		return joined;
	}

	private JobExecution launch(String name, String value) throws Exception {
		Properties parameters = new Properties();
		parameters.setProperty(name, value);
		return launches.start(JOB, parameters);
	}

}
