package vn.hoso.rest.internal.security;

import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

/**
 * Cross-origin access for the origins in {@link RestSettings#corsOrigins()}; with none configured
 * it adds nothing, so browsers allow only same-origin calls.
 *
 * <p>It responds to a preflight request of an allowed origin with 204 before authentication,
 * because browsers send preflights without the {@code Authorization} header. Bearer tokens travel
 * in a header, not a cookie, so credentials are never allowed.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 200)
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  static final String ALLOWED_METHODS = "GET, POST, PUT, DELETE";
  static final String ALLOWED_HEADERS =
      "Authorization, Content-Type, Accept, Accept-Language, If-Match";
  static final String EXPOSED_HEADERS = "Location, ETag, WWW-Authenticate";

  private final Supplier<RestSettings> settings;

  public CorsFilter(Supplier<RestSettings> settings) {
    this.settings = settings;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    boolean preflight =
        HttpMethod.OPTIONS.equals(request.getMethod())
            && request.getHeaderString("Access-Control-Request-Method") != null;
    if (!preflight || !isAllowed(origin)) {
      return;
    }
    request.abortWith(
        Response.noContent()
            .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
            .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
            .header("Access-Control-Max-Age", settings.get().corsMaxAgeSeconds())
            .build());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (!isAllowed(origin)) {
      return;
    }
    response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
    response.getHeaders().add("Vary", "Origin");
    response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED_HEADERS);
  }

  private boolean isAllowed(String origin) {
    return origin != null && settings.get().corsOrigins().contains(origin);
  }
}
