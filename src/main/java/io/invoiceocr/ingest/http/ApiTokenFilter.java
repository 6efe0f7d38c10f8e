package io.invoiceocr.ingest.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards {@code /api/**} with one shared token: {@code Authorization: Bearer <token>}, or HTTP basic
 * auth with the token as password (SNS puts credentials in the subscription URL,
 * {@code https://user:token@host/api/events/s3}, and sends them as basic auth). Compared in
 * constant time. Without a configured token the API answers 503 and says which setting opens it.
 *
 * <p>Which requests it guards is decided by its servlet mapping ({@code /api/*}), which the
 * container matches against the normalised path; a check of the raw URI here would let
 * {@code /api;x=1/...} or {@code /%61pi/...} through.
 */
public class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiProperties properties;

	public ApiTokenFilter(ApiProperties properties) {
		this.properties = properties;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!properties.open()) {
			reply(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
					"the API is closed: set invoice-ocr.api.token (INVOICE_OCR_API_TOKEN) to open it");
			return;
		}
		String presented = presentedToken(request.getHeader(HttpHeaders.AUTHORIZATION));
		if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
				properties.token().getBytes(StandardCharsets.UTF_8))) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"invoice-ocr\"");
			reply(response, HttpServletResponse.SC_UNAUTHORIZED, "missing or wrong API token");
			return;
		}
		chain.doFilter(request, response);
	}

	static String presentedToken(String authorization) {
		if (authorization == null) {
			return null;
		}
		if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			return authorization.substring(7).trim();
		}
		if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
						StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				return colon < 0 ? null : decoded.substring(colon + 1);
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}
		return null;
	}

	private static void reply(HttpServletResponse response, int status, String error) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getWriter().write("{\"error\":\"" + error.replace("\"", "'") + "\"}");
	}

}
