package io.invoiceocr.console;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleUsersTest {

	/** What the login checks a stored password with when no encoder is configured. */
	private static final PasswordEncoder LOGIN = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	@Test
	void aLongGeneratedApiTokenIsAcceptedAndChecked() {
		// given a token of 88 characters, as openssl rand -base64 64 makes (bcrypt takes at most 72 bytes)
		String token = "q".repeat(44) + "Z".repeat(44);

		// when it is kept as the token user's password
		String hash = ConsoleUsers.tokenHash(token);

		// then the login takes that token, and no other
		assertThat(hash).doesNotContain(token);
		assertThat(LOGIN.matches(token, hash)).isTrue();
		assertThat(LOGIN.matches(token.substring(0, 72), hash)).isFalse();
	}

}
