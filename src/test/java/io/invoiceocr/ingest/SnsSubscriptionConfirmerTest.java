package io.invoiceocr.ingest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subscription that could not be confirmed is kept with a reason an operator can act on: what
 * failed, where, and how to confirm it by hand. Against real sockets on loopback.
 */
class SnsSubscriptionConfirmerTest {

	private static final String TOPIC = "arn:aws:sns:eu-west-1:111122223333:invoice-uploads";

	private final SnsSubscriptionConfirmer confirmer = new SnsSubscriptionConfirmer(properties("^127\\.0\\.0\\.1$"));

	private HttpServer sns;

	@BeforeEach
	void startStandInForSns() throws IOException {
		sns = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		sns.createContext("/confirm", exchange -> {
			exchange.sendResponseHeaders(200, -1);
			exchange.close();
		});
		sns.createContext("/expired", exchange -> {
			exchange.sendResponseHeaders(403, -1);
			exchange.close();
		});
		sns.start();
	}

	@AfterEach
	void stop() {
		sns.stop(0);
	}

	@Test
	void confirmsByVisitingTheUrl() {
		assertThat(confirmer.confirm(TOPIC, url("/confirm?Action=ConfirmSubscription&Token=1"))).isNull();
	}

	@Test
	void namesTheHostAndTheRefusedConnectionAndSaysHowToConfirmByHand() throws IOException {
		// given a SubscribeURL on a port nobody listens on
		int closedPort;
		try (ServerSocket socket = new ServerSocket(0)) {
			closedPort = socket.getLocalPort();
		}

		// when
		String reason = confirmer.confirm(TOPIC, "http://127.0.0.1:" + closedPort + "/?Action=ConfirmSubscription");

		// then
		assertThat(reason).contains("127.0.0.1:" + closedPort)
			.contains("connection refused")
			.contains("SNS console")
			.contains("SubscribeURL")
			.doesNotContain("null");
	}

	@Test
	void namesTheHttpStatusSnsAnswered() {
		// when SNS refuses the token (it expires after three days)
		String reason = confirmer.confirm(TOPIC, url("/expired?Action=ConfirmSubscription&Token=old"));

		// then
		assertThat(reason).contains("HTTP 403").contains("127.0.0.1:").contains("SNS console");
	}

	@Test
	void refusesAHostOutsideThePatternWithoutCallingIt() {
		String reason = confirmer.confirm(TOPIC, "http://169.254.169.254/latest/meta-data/");

		assertThat(reason).contains("169.254.169.254").contains("invoice-ocr.ingest.sns-subscribe-url-pattern");
	}

	private String url(String pathAndQuery) {
		return "http://127.0.0.1:" + sns.getAddress().getPort() + pathAndQuery;
	}

	static IngestProperties properties(String subscribeUrlPattern) {
		return new IngestProperties("q", List.of(new IngestProperties.Source("invoices", List.of())),
				Duration.ofSeconds(1), Duration.ofSeconds(30), 10, 0, 1,
				new IngestProperties.DocumentId("document-id", true, ""), false, subscribeUrlPattern,
				new IngestProperties.Sns(true, "^127\\.0\\.0\\.1$", ""));
	}

}
