package io.invoiceocr.local;

import java.net.URI;
import java.util.Properties;

import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * An S3 protocol server in the JVM (S3Proxy over a jclouds in-memory or filesystem store),
 * listening on a free loopback port. Real S3 requests go over HTTP, signatures included.
 */
public final class EmbeddedS3 implements AutoCloseable {

	public static final String ACCESS_KEY = "local-access-key";

	public static final String SECRET_KEY = "local-secret-key";

	/** Credentials the embedded S3 accepts; the embedded SQS accepts any. */
	public static StaticCredentialsProvider credentials() {
		return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
	}

	private final S3Proxy proxy;

	private final BlobStoreContext context;

	private EmbeddedS3(S3Proxy proxy, BlobStoreContext context) {
		this.proxy = proxy;
		this.context = context;
	}

	/** @param directory where objects are kept; empty for memory */
	public static EmbeddedS3 start(String directory) throws Exception {
		Properties overrides = new Properties();
		String provider = "transient";
		if (StringUtils.hasText(directory)) {
			provider = "filesystem";
			overrides.setProperty("jclouds.filesystem.basedir", directory);
		}
		BlobStoreContext context = ContextBuilder.newBuilder(provider)
			.credentials(ACCESS_KEY, SECRET_KEY)
			.overrides(overrides)
			.build(BlobStoreContext.class);
		S3Proxy proxy = S3Proxy.builder()
			.blobStore(context.getBlobStore())
			.awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
			.endpoint(URI.create("http://127.0.0.1:0"))
			.build();
		proxy.start();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (!"STARTED".equals(proxy.getState())) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("embedded S3 did not start within 30 s (state " + proxy.getState() + ")");
			}
			Thread.sleep(5);
		}
		return new EmbeddedS3(proxy, context);
	}

	public URI endpoint() {
		return URI.create("http://127.0.0.1:" + proxy.getPort());
	}

	@Override
	public void close() throws Exception {
		proxy.stop();
		context.close();
	}

}
