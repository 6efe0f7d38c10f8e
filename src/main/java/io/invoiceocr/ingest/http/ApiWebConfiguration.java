package io.invoiceocr.ingest.http;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the token guard in front of {@code /api/**} when the service runs with its web server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiWebConfiguration {

	@Bean
	FilterRegistrationBean<ApiTokenFilter> apiTokenFilter(ApiProperties properties) {
		FilterRegistrationBean<ApiTokenFilter> registration = new FilterRegistrationBean<>(new ApiTokenFilter(properties));
		registration.addUrlPatterns("/api/*");
		return registration;
	}

}
