package io.invoiceocr.job.remote;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

/** A worker's name in the channel and the logs: its host and process id, e.g. {@code pod-7/1}. */
final class WorkerName {

	private WorkerName() {
	}

	static String ofThisProcess() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			host = "unknown";
		}
		return host + "/" + ManagementFactory.getRuntimeMXBean().getPid();
	}

}
