package io.invoiceocr.console;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The operations console under {@code /console}.
 *
 * @param tokenUser the user name that logs in with the API token ({@code invoice-ocr.api.token}) as
 *                  password, when the token is set
 * @param users     further users, each with a password in Spring Security's encoded form
 *                  ({@code {bcrypt}$2a$...}; {@code {noop}secret} for a test)
 * @param pageSize  rows per page of the document list
 * @param render    how document pages are drawn for the document view
 */
@Validated
@ConfigurationProperties("invoice-ocr.console")
public record ConsoleProperties(@NotBlank @DefaultValue("admin") String tokenUser, @Valid List<User> users,
		@Min(5) @Max(500) @DefaultValue("50") int pageSize, @Valid @DefaultValue Render render) {

	public ConsoleProperties {
		users = users == null ? List.of() : List.copyOf(users);
	}

	/** A console user. */
	public record User(@NotBlank String name, @NotBlank String password) {
	}

	/**
	 * @param maxSide      the longer side of a drawn page, in pixels (a bound on memory and bytes sent)
	 * @param cachedPages  drawn pages kept in memory, least recently used dropped first
	 */
	public record Render(@Min(200) @Max(4000) @DefaultValue("1400") int maxSide,
			@Min(0) @Max(1000) @DefaultValue("24") int cachedPages) {
	}

}
