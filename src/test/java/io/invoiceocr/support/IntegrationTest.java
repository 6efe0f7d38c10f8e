package io.invoiceocr.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.invoiceocr.local.LocalStandIns;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test against the real service on its real stand-ins: embedded PostgreSQL 17, ElasticMQ for
 * SQS and S3Proxy for S3, with the web server on a random port. Every class so annotated shares
 * one application context, so the servers start once per test run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({ "local", "test" })
@Import({ LocalStandIns.class, TestData.class, StagingOnlyJob.class, TestWebhookTarget.class })
public @interface IntegrationTest {
}
