package io.invoiceocr.console;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The console's own filter chain: it matches {@code /console/**} only, so that the API's token
 * filter, the event endpoint and the actuator keep their own checks (Spring Security's firewall
 * still refuses, for every path, requests with encoded slashes, {@code ;} or {@code //}). Form login
 * with a session (the cookie's HttpOnly and SameSite are set in application.yml), CSRF tokens on
 * every POST, and a content security policy that allows the console's own scripts and styles only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ConsoleSecurityConfiguration {

	static final String ROLE = "CONSOLE";

	private static final String POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

	@Bean
	SecurityFilterChain consoleFilterChain(HttpSecurity http) throws Exception {
		return http.securityMatcher("/console/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers("/console/assets/**", "/console/login")
				.permitAll()
				.anyRequest()
				.hasRole(ROLE))
			.formLogin(login -> login.loginPage("/console/login").defaultSuccessUrl("/console", true))
			.logout(logout -> logout.logoutUrl("/console/logout").logoutSuccessUrl("/console/login?logout"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)))
			.build();
	}

}
