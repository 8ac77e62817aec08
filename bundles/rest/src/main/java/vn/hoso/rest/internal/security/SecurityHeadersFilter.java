package vn.hoso.rest.internal.security;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MultivaluedMap;

/**
 * Adds the security headers of a JSON API to every response, errors included: no MIME sniffing, no
 * framing, no referrer, no caching, and a Content-Security-Policy that allows nothing, because a
 * JSON response never needs scripts, styles or frames. HSTS is added on HTTPS requests only, since
 * browsers ignore it over HTTP.
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

  static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-Content-Type-Options", "nosniff");
    headers.putSingle("X-Frame-Options", "DENY");
    headers.putSingle("Referrer-Policy", "no-referrer");
    headers.putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    headers.putSingle("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    if (request.getSecurityContext() != null && request.getSecurityContext().isSecure()) {
      headers.putSingle("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
  }
}
