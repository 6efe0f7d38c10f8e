package io.invoiceocr.console;

import java.util.ArrayList;
import java.util.List;

import io.invoiceocr.ingest.http.ApiProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.stereotype.Component;

/**
 * Who may log in to the console: the configured users, and the token user with the API token as
 * password. The token is kept only as a hash, so that the comparison at login does not leak it
 * through its timing; passwords carry their encoding as Spring Security's {@code {id}} prefix. The
 * token's hash is PBKDF2, not bcrypt: bcrypt refuses passwords over 72 bytes, and a generated API
 * token may well be longer. No user at all closes the console: every login fails.
 */
@Component
@ConditionalOnWebApplication
class ConsoleUsers implements UserDetailsService {

	private final InMemoryUserDetailsManager users;

	private final boolean closed;

	/** The id under which Spring Security's delegating encoder checks a hash of this encoder. */
	private static final String TOKEN_ENCODING = "{pbkdf2@SpringSecurity_v5_8}";

	private static final PasswordEncoder TOKEN_ENCODER = Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8();

	ConsoleUsers(ConsoleProperties properties, ApiProperties api) {
		List<UserDetails> all = new ArrayList<>();
		if (api.open()) {
			all.add(User.withUsername(properties.tokenUser())
				.password(tokenHash(api.token()))
				.roles(ConsoleSecurityConfiguration.ROLE)
				.build());
		}
		for (ConsoleProperties.User user : properties.users()) {
			all.add(User.withUsername(user.name()).password(user.password()).roles(ConsoleSecurityConfiguration.ROLE).build());
		}
		this.users = new InMemoryUserDetailsManager(all);
		this.closed = all.isEmpty();
	}

	@Override
	public UserDetails loadUserByUsername(String username) throws UsernameNotFoundException {
		return users.loadUserByUsername(username);
	}

	static String tokenHash(String token) {
		return TOKEN_ENCODING + TOKEN_ENCODER.encode(token);
	}

	/** Whether nobody can log in: no API token and no user configured. */
	boolean closed() {
		return closed;
	}

}
