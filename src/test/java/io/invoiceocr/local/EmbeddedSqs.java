package io.invoiceocr.local;

import java.net.URI;

import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** An SQS protocol server in the JVM (ElasticMQ) on a free loopback port. */
public final class EmbeddedSqs implements AutoCloseable {

	private final SQSRestServer server;

	private final int port;

	private EmbeddedSqs(SQSRestServer server, int port) {
		this.server = server;
		this.port = port;
	}

	public static EmbeddedSqs start() {
		SQSRestServer server = SQSRestServerBuilder.withInterface("127.0.0.1").withDynamicPort().start();
		int port = server.waitUntilStarted().localAddress().getPort();
		return new EmbeddedSqs(server, port);
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + port);
	}

	@Override
	public void close() {
		server.stopAndWait();
	}

}
